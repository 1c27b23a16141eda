import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { buildPostChangePasswordApi, type PostChangePasswordApi } from './api.js';
import { buildPostChangePasswordEvent } from './event.js';
import { POST_CHANGE_PASSWORD_EVENT_SHAPE } from './event-shape.js';
import type { PostChangePasswordEvent, PostChangePasswordUser } from './event-types.js';

export type { PostChangePasswordApi, PostChangePasswordEvent, PostChangePasswordUser };

/** The trigger's types, by role: the registry maps its id to these. */
export interface PostChangePasswordTypes {
  event: PostChangePasswordEvent;
  api: PostChangePasswordApi;
  simulation: {};
  options: {};
  flowOptions: {};
}

export const definition: TriggerDefinition<PostChangePasswordEvent, PostChangePasswordApi> = freeze({
  id: 'post-change-password',
  version: 'v2',
  handlers: freeze({ execute: 'onExecutePostChangePassword' }),
  // The password has already changed: an Action's error fails this flow (status 'failed') and denies nothing.
  blocking: false,
  maxActions: 20,
  buildEvent: buildPostChangePasswordEvent,
  eventShape: POST_CHANGE_PASSWORD_EVENT_SHAPE,
  buildApi: buildPostChangePasswordApi,
  flowRules: freeze([]),
});
