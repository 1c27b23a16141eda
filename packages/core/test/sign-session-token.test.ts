import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signSessionToken } from '../src/index.js';
import { signSessionTokenNow } from '../src/mechanisms/tokens/sign-session-token.js';
import { useFixedDate } from './support/fixed-date.js';

useFixedDate();

const options = {
  secret: 'shared-with-verify.example.com',
  state: 'state-from-auth0',
  subject: 'auth0|5f7c8ec7c33c6c004bbafe82',
  payload: { verified: true, sub: 'not the subject' },
  expiresInSeconds: 120,
};

describe('the two session-token signers', () => {
  it('sign byte-for-byte the same token: jose for users, node:crypto for Simulation.continue({ token })', async () => {
    expect(signSessionTokenNow('simulation.continue()', options)).toBe(await signSessionToken(options));
  });

  it('put the standard claims after the payload, so they win over payload keys of the same name', async () => {
    const { payload, protectedHeader } = await jwtVerify(
      signSessionTokenNow('simulation.continue()', options),
      new TextEncoder().encode(options.secret),
    );
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({
      verified: true,
      state: options.state,
      sub: options.subject,
      iss: 'https://verify.example.com/',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 120,
    });
  });

  it('name the caller in argument errors', () => {
    expect(() => signSessionTokenNow('simulation.continue()', { ...options, state: '' })).toThrow(
      'simulation.continue(): options.state must be a non-empty string',
    );
  });
});
