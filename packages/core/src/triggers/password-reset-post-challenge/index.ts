import type { TriggerDefinition } from '../trigger-definition.js';
import { buildPostChallengeApi, type PostChallengeApi } from './api.js';
import { buildPostChallengeEvent } from './event.js';
import { POST_CHALLENGE_EVENT_SHAPE } from './event-shape.js';
import type { PostChallengeEvent } from './event-types.js';
import { POST_CHALLENGE_HANDLERS } from './handlers.js';
import { freeze } from '../../util/intrinsics.js';

export type { PostChallengeApi, PostChallengeTransactionApi } from './api.js';
export type * from './event-types.js';

export const passwordResetPostChallenge: TriggerDefinition<PostChallengeEvent, PostChallengeApi> = freeze({
  id: 'password-reset-post-challenge',
  version: 'v1',
  handlers: POST_CHALLENGE_HANDLERS,
  blocking: true,
  maxActions: 4,
  buildEvent: buildPostChallengeEvent,
  eventShape: POST_CHALLENGE_EVENT_SHAPE,
  buildApi: buildPostChallengeApi,
});
