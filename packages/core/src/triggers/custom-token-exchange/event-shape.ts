import { closedObject, optional, openObject, type DataShape } from '../../util/data-shape.js';
import {
  clientShape,
  enrolledFactorShape,
  jsonRecordShape,
  organizationShape,
  secretsShape,
  tenantShape,
  userProfileFields,
} from '../common/event-shapes.js';
import { tokenRequestShape } from '../common/token-request.js';

/**
 * What a custom-token-exchange event can hold (reference E.9): overrides that add a `user` or a `connection` are
 * refused, since the Action is what chooses them.
 */
export const CUSTOM_TOKEN_EXCHANGE_EVENT_SHAPE: DataShape = closedObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  client: clientShape,
  organization: optional(organizationShape),
  request: tokenRequestShape,
  resource_server: openObject({ identifier: 'string' }),
  tenant: tenantShape,
  transaction: closedObject({
    subject_token: 'string',
    subject_token_type: 'string',
    // A string, or null when the request named none: the shapes have no union, so any JSON value.
    requested_token_type: 'json',
    requested_scopes: { array: 'string' },
    actor_token: optional('string'),
    actor_token_type: optional('string'),
    actor_token_user: optional(
      openObject({
        ...userProfileFields,
        multifactor: optional({ array: 'string' }),
        enrolledFactors: optional({ array: enrolledFactorShape }),
      }),
    ),
    metadata: optional(jsonRecordShape),
  }),
});
