// A Password Reset / Post-Challenge Action: a risky user proves who they are on an external site first.
exports.onExecutePostChallenge = async (event, api) => {
  if (event.user.app_metadata.risk !== 'high') {
    api.cache.set('last-reset', event.user.user_id, { ttl: 60_000 });
    return;
  }
  const token = api.redirect.encodeToken({ secret: event.secrets.VERIFY_SECRET, payload: { email: event.user.email } });
  api.redirect.sendUserTo('https://verify.example.com/start', { query: { session_token: token } });
};

exports.onContinuePostChallenge = async (event, api) => {
  let claims;
  try {
    claims = api.redirect.validateToken({ secret: event.secrets.VERIFY_SECRET });
  } catch (error) {
    api.access.deny(`Verification failed: ${error.message}`);
    return;
  }
  if (claims.verified !== true) api.access.deny('Verification failed: not verified');
};
