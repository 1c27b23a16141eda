/**
 * Handler that will be called during the execution of a PostChangePassword flow.
 * Tells the security team's webhook; a failure is logged, never thrown (the trigger is non-blocking).
 */
exports.onExecutePostChangePassword = async (event) => {
  try {
    const response = await fetch(event.secrets.PASSWORD_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: event.user.user_id, connection: event.connection.name }),
    });
    if (!response.ok) console.log(`webhook answered ${response.status}`);
  } catch (error) {
    console.log(`webhook unreachable: ${error.message}`);
  }
};
