/**
 * Action 1 of the password-reset flow: looks at Auth0's risk assessment of the reset.
 * - very risky (score >= 90): the reset is blocked;
 * - risky (score >= 50): the user must pass an MFA challenge first;
 * - the score is cached for the Actions after this one (the cache is shared by the trigger's Actions).
 */
const BLOCK_AT = 90;
const CHALLENGE_AT = 50;

function riskScore(event) {
  return event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score ?? 0;
}

exports.onExecutePostChallenge = async (event, api) => {
  const score = riskScore(event);
  console.log('risk score for %s: %d', event.user.user_id, score);
  api.cache.set(`risk:${event.user.user_id}`, String(score), { ttl: 10 * 60 * 1000 });

  if (score >= BLOCK_AT) {
    api.access.deny('Password reset blocked for your protection. Please contact support.');
    return;
  }
  if (score >= CHALLENGE_AT) {
    api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });
  }
};
