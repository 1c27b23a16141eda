/** Export names the runtime calls (`@auth0/actions` PasswordResetPostChallengeModule). */
export const POST_CHALLENGE_HANDLERS = Object.freeze({
  execute: 'onExecutePostChallenge',
  continue: 'onContinuePostChallenge',
} as const);
