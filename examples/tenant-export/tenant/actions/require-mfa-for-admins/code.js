/**
 * Handler that will be called during the execution of a PostLogin flow.
 * Administrators prove a second factor on every login.
 */
exports.onExecutePostLogin = async (event, api) => {
  const roles = event.authorization?.roles ?? [];
  if (!roles.includes('admin')) return;
  const done = event.authentication?.methods.some((method) => method.name === 'mfa');
  if (!done) api.authentication.challengeWith({ type: 'otp' });
};
