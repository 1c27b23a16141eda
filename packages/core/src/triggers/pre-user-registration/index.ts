import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { denialRule } from '../../mechanisms/access/denial.js';
import { buildPreUserRegistrationApi, type PreUserRegistrationApi, type PreUserRegistrationUserApi } from './api.js';
import type { PreUserRegistrationAccessApi } from './access-api.js';
import { createdUserRule, type PreUserRegistrationCreatedUser } from './created-user.js';
import { buildPreUserRegistrationEvent } from './event.js';
import { PRE_USER_REGISTRATION_EVENT_SHAPE } from './event-shape.js';
import type { PreUserRegistrationEvent, PreUserRegistrationUser } from './event-types.js';
import { customUserIdsOption } from './user-id.js';

export type {
  PreUserRegistrationAccessApi,
  PreUserRegistrationApi,
  PreUserRegistrationCreatedUser,
  PreUserRegistrationEvent,
  PreUserRegistrationUser,
  PreUserRegistrationUserApi,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface PreUserRegistrationTypes {
  event: PreUserRegistrationEvent;
  api: PreUserRegistrationApi;
  simulation: {
    /**
     * Status `'completed'` only: the user the signup creates, `event.user` with every Action's metadata writes
     * merged once (`null` deletes a key) and, after `setUserId`, its `user_id`.
     */
    user?: PreUserRegistrationCreatedUser;
  };
  options: {
    /**
     * Whether `api.user.setUserId` exists (Early Access, in the harness but not in the types). Default: true;
     * `false` removes it, as on a tenant without the feature.
     */
    customUserIds?: boolean;
  };
  flowOptions: {};
}

export const definition: TriggerDefinition<PreUserRegistrationEvent, PreUserRegistrationApi> = freeze({
  id: 'pre-user-registration',
  version: 'v2',
  // The types declare onContinuePreUserRegistration, but nothing in this api suspends the flow: the engine never
  // calls it (reference E.3); a module exporting it is accepted.
  handlers: freeze({ execute: 'onExecutePreUserRegistration', continue: 'onContinuePreUserRegistration' }),
  blocking: true,
  maxActions: 20,
  buildEvent: buildPreUserRegistrationEvent,
  eventShape: PRE_USER_REGISTRATION_EVENT_SHAPE,
  buildApi: buildPreUserRegistrationApi,
  // access.deny and validation.error both end the signup after their Action (reference D.2); the user is reported last.
  flowRules: freeze([denialRule, createdUserRule]),
  options: freeze({ customUserIds: customUserIdsOption }),
});
