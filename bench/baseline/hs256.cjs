'use strict';

/**
 * The HS256 JWT a user would hand-roll on node:crypto to fake `api.redirect.encodeToken` / `validateToken` and
 * the external site's signature: no library, the minimum checks (signature, state, subject, expiry).
 */
const { createHmac, timingSafeEqual } = require('node:crypto');

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function sign(claims, secret) {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

function verify(token, secret, { state, subject }) {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new Error('Failed signature validation');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf-8'));
  if (claims.state !== state) throw new Error('State in the token does not match the /continue state.');
  if (claims.sub !== subject) throw new Error('The sub claim does not match the user_id.');
  if (claims.exp * 1000 <= Date.now()) throw new Error('Token has expired.');
  return claims;
}

module.exports = { sign, verify };
