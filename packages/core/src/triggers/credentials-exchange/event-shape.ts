import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';
import {
  clientShape,
  jsonRecordShape,
  metadataShape,
  organizationShape,
  secretsShape,
  tenantShape,
} from '../common/event-shapes.js';
import { tokenRequestShape } from '../common/token-request.js';

/**
 * What a credentials-exchange event can hold (reference E.2): overrides that add a `user`, a `connection` or a
 * request `query` are refused, since no user takes part in this grant and the token request is a POST.
 */
export const CREDENTIALS_EXCHANGE_EVENT_SHAPE: DataShape = closedObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  accessToken: closedObject({ customClaims: jsonRecordShape, scope: { array: 'string' } }),
  agent: optional(closedObject({ agent_id: 'string', agent_metadata: jsonRecordShape, name: 'string' })),
  client: clientShape,
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadataShape })),
  organization: optional(organizationShape),
  request: tokenRequestShape,
  resource_server: openObject({ identifier: 'string' }),
  tenant: tenantShape,
  transaction: closedObject({
    requested_scopes: { array: 'string' },
    correlation_id: optional('string'),
    target_scopes: optional({ array: 'string' }),
  }),
});
