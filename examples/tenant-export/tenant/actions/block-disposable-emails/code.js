const rules = require('actions:email-rules');

/**
 * Handler that will be called during the execution of a PreUserRegistration flow.
 * Refuses sign-ups from throwaway mailboxes.
 */
exports.onExecutePreUserRegistration = async (event, api) => {
  if (rules.isDisposable(event.user.email)) {
    api.access.deny('disposable_email', 'Please sign up with an email address you keep.');
  }
};
