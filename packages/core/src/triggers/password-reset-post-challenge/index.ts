import type { TriggerDefinition } from '../definition.js';
import { buildPostChallengeApi, type PostChallengeApi } from './api.js';
import { buildPostChallengeEvent } from './event.js';
import { POST_CHALLENGE_EVENT_SHAPE } from './event-shape.js';
import type { PostChallengeEvent } from './event-types.js';
import { freeze } from '../../util/intrinsics.js';
import { denialRule } from '../../mechanisms/access/denial.js';
import { enrolledFactorsOnlyOption, mfaCommandsRule } from '../../mechanisms/challenge/challenge-commands.js';
import { redirectRule } from '../../mechanisms/redirect/redirect-effect.js';
import { promptRule } from '../../mechanisms/prompt/prompt-api.js';
import { validateIssuerOption } from '../../mechanisms/redirect/redirect-api.js';
import { assertTokenEvent } from '../../mechanisms/tokens/token-event.js';
import { resultUrlRule } from './result-url.js';
import type { PostChallengeTransactionApi } from './result-url.js';

export type { PostChallengeApi, PostChallengeTransactionApi, PostChallengeEvent };

/** The trigger's types, by role: the registry maps its id to these. */
export interface PostChallengeTypes {
  event: PostChallengeEvent;
  api: PostChallengeApi;
  simulation: {
    /** The last `transaction.setResultUrl` href of the flow, when an Action set one. */
    resultUrl?: string;
  };
  options: {
    /** Also require a session token's `iss` to equal `event.request.hostname` (UNVERIFIED in production; off). */
    validateIssuer?: boolean;
  };
  flowOptions: {
    /**
     * Ignore challenge factors the user has not enrolled (`event.user.enrolledFactors`) and fail the flow when none
     * is left, as production does. Default: true.
     */
    enrolledFactorsOnly?: boolean;
  };
}

export const definition: TriggerDefinition<PostChallengeEvent, PostChallengeApi> = freeze({
  id: 'password-reset-post-challenge',
  version: 'v1',
  handlers: freeze({ execute: 'onExecutePostChallenge', continue: 'onContinuePostChallenge' }),
  blocking: true,
  maxActions: 4,
  buildEvent: buildPostChallengeEvent,
  eventShape: POST_CHALLENGE_EVENT_SHAPE,
  // Reference A.1: "Password Reset triggers do not support AD/LDAP connections".
  userRules: freeze({
    refusedStrategies: {
      strategies: ['ad', 'auth0-adldap'],
      reason: 'Password Reset triggers do not support AD/LDAP connections',
    },
  }),
  assertApiEvent: assertTokenEvent,
  buildApi: buildPostChallengeApi,
  // In this order an Action's effects take hold: a deny ends the flow; else its challenges, then its redirect or
  // prompt.
  flowRules: freeze([denialRule, mfaCommandsRule, redirectRule, promptRule, resultUrlRule]),
  options: freeze({ validateIssuer: validateIssuerOption, enrolledFactorsOnly: enrolledFactorsOnlyOption }),
});
