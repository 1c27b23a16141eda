/**
 * Post Login: step-up MFA for risky logins, from Adaptive MFA's risk assessment. A low-confidence login (an
 * untrusted IP, impossible travel...) is challenged with the strongest factor the user has, the others offered as
 * alternatives; a user with no factor yet must enroll one. A medium-confidence login gets MFA at the end of the
 * flow, remembered on this browser; a high-confidence one none.
 */
const STRONGEST_FIRST = ['webauthn-platform', 'webauthn-roaming', 'push-notification', 'otp', 'phone'];

exports.onExecutePostLogin = async (event, api) => {
  const confidence = event.authentication?.riskAssessment?.confidence;

  if (confidence === 'medium') {
    api.multifactor.enable('any', { allowRememberBrowser: true });
    return;
  }
  if (confidence !== 'low') return;

  const enrolled = (event.user.enrolledFactors ?? []).map((factor) => factor.type);
  const [strongest, ...others] = STRONGEST_FIRST.filter((type) => enrolled.includes(type));
  if (strongest === undefined) {
    api.authentication.enrollWithAny([{ type: 'webauthn-platform' }, { type: 'otp' }]);
    return;
  }
  api.authentication.challengeWith({ type: strongest }, { additionalFactors: others.map((type) => ({ type })) });
};
