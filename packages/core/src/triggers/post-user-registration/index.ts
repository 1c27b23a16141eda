import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { buildPostUserRegistrationApi, type PostUserRegistrationApi } from './api.js';
import { buildPostUserRegistrationEvent } from './event.js';
import { POST_USER_REGISTRATION_EVENT_SHAPE } from './event-shape.js';
import type { PostUserRegistrationEvent, PostUserRegistrationUser } from './event-types.js';

export type { PostUserRegistrationApi, PostUserRegistrationEvent, PostUserRegistrationUser };

/** The trigger's types, by role: the registry maps its id to these. */
export interface PostUserRegistrationTypes {
  event: PostUserRegistrationEvent;
  api: PostUserRegistrationApi;
  simulation: {};
  options: {};
  flowOptions: {};
}

export const definition: TriggerDefinition<PostUserRegistrationEvent, PostUserRegistrationApi> = freeze({
  id: 'post-user-registration',
  version: 'v2',
  handlers: freeze({ execute: 'onExecutePostUserRegistration' }),
  // The signup has already succeeded: an Action's error fails this flow (status 'failed') and denies nothing.
  blocking: false,
  maxActions: 20,
  buildEvent: buildPostUserRegistrationEvent,
  eventShape: POST_USER_REGISTRATION_EVENT_SHAPE,
  buildApi: buildPostUserRegistrationApi,
  flowRules: freeze([]),
});
