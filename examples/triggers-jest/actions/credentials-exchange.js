/**
 * Machine to Machine: gates the tokens backend services get for the company's APIs. A client the tenant marks
 * `suspended` in its metadata gets no token; a `read_only` client loses every scope but the `read:` ones; every
 * token says which plan the client is on, so the API can rate-limit without another lookup.
 */
const TIER_CLAIM = 'https://acme.example.com/tier';

exports.onExecuteCredentialsExchange = async (event, api) => {
  const { metadata } = event.client;
  if (metadata.suspended === 'true') {
    api.access.deny('invalid_request', `Client ${event.client.name} is suspended.`);
    return;
  }

  if (metadata.read_only === 'true') {
    const scopes = event.transaction.target_scopes ?? event.accessToken.scope;
    for (const scope of scopes) {
      if (!scope.startsWith('read:')) api.transaction.removeTargetScope(scope);
    }
  }

  api.accessToken.setCustomClaim(TIER_CLAIM, metadata.tier ?? 'standard');
};
