'use strict';

/** A Password Reset / Post-Challenge Action that refuses the reset for accounts an admin has blocked. */
const REASON = 'Password reset is disabled for this account.';

exports.REASON = REASON;

exports.onExecutePostChallenge = async (event, api) => {
  if (event.user.app_metadata.reset_blocked === true) {
    api.access.deny(REASON);
  }
};
