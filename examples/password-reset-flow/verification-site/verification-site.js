/**
 * A stand-in for the external identity-verification site: the other party of the redirect, written as that site
 * would be. It checks the token Auth0's Action sent along (HS256 with the shared secret, not expired), verifies
 * the person, and sends the browser back to /continue with its own signed answer.
 */
const { createHmac, timingSafeEqual } = require('node:crypto');

function verifyIncomingToken(token, secret) {
  const [header, claims, signature] = String(token).split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${claims}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
  if (payload.exp * 1000 <= Date.now()) throw new Error('expired');
  return payload;
}

/**
 * `signSessionToken` is how the site signs (the library's, on jose); `secret` is shared with the Action.
 * `visit(url, { identityConfirmed })` is the browser arriving at the site; it resolves to the /continue request.
 */
function createVerificationSite({ secret, signSessionToken }) {
  return {
    async visit(redirectUrl, { identityConfirmed }) {
      const url = new URL(redirectUrl);
      const incoming = verifyIncomingToken(url.searchParams.get('session_token'), secret);
      const answer = await signSessionToken({
        secret,
        state: url.searchParams.get('state'),
        subject: incoming.sub,
        expiresInSeconds: 15 * 60,
        payload: { outcome: identityConfirmed ? 'verified' : 'rejected', email: incoming.email },
      });
      return { query: { verification: answer } };
    },
  };
}

module.exports = { createVerificationSite };
