/**
 * Action 3: asks the user to confirm the reset in a form (a rendered prompt), then sends them to a page that
 * says whether anything unusual happened.
 */
exports.onExecutePostChallenge = async (event, api) => {
  const verified = event.authentication.methods.some((method) => method.name === 'mfa');
  api.prompt.render('confirm-password-reset', {
    fields: { email: event.user.email },
    vars: { stepUp: verified ? 'yes' : 'no' },
  });
};

exports.onContinuePostChallenge = async (event, api) => {
  if (event.prompt?.fields?.confirmed !== true) {
    api.access.deny('You did not confirm the password reset.');
    return;
  }
  api.transaction.setResultUrl('https://app.example.com/password-changed', { query: { notify: 'true' } });
};
