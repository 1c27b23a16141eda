exports.onExecutePostChallenge = async (event, api) => {
  console.log(`reset for ${event.user.user_id}`);
  if (event.user.app_metadata.risk === 'high') api.access.deny('Resets of risky accounts need support.');
};
