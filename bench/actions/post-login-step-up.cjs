'use strict';

/** A Post Login Action that challenges a low-confidence login with OTP, the user's enrolled factor. */
exports.onExecutePostLogin = async (event, api) => {
  if (event.authentication?.riskAssessment?.confidence === 'low') {
    api.authentication.challengeWith({ type: 'otp' });
  }
};
