import { freeze } from '../../util/intrinsics.js';
/** Export names the runtime calls (`@auth0/actions` PasswordResetPostChallengeModule). */
export const POST_CHALLENGE_HANDLERS = freeze({
  execute: 'onExecutePostChallenge',
  continue: 'onContinuePostChallenge',
} as const);
