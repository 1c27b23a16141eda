import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCache, recorded, signSessionToken, simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';
import { FAKE_CLOCKS } from './clocks.js';

const NOW = Date.parse('2026-02-01T10:00:00.000Z');
const MINUTE = 60_000;
const SECRET = 'verify-site-secret';

/** Remembers a code for five minutes, redirects, and on return accepts only while the code is cached. */
const rememberThenCheck = action(
  'code',
  async (_event, api) => {
    api.cache.set('code', '123456', { ttl: 5 * MINUTE });
    api.redirect.sendUserTo('https://verify.example.com/code');
  },
  async (_event, api) => {
    if (api.cache.get('code')?.value !== '123456') api.access.deny('The code expired.');
  },
);

/** Validates the verification site's token on return. */
const verify = action(
  'verify',
  async (_event, api) => api.redirect.sendUserTo('https://verify.example.com/identity'),
  async (event, api) => {
    try {
      api.redirect.validateToken({ secret: event.secrets.SECRET as string });
    } catch (error) {
      api.access.deny((error as Error).message);
    }
  },
);

describe.each(FAKE_CLOCKS)('the flow on a fake clock: $name', (clock) => {
  beforeEach(() => clock.install(NOW));
  afterEach(() => clock.uninstall());

  it.each([
    [4, 'completed'],
    [6, 'denied'],
  ])('sees a cache entry expire between steps (back after %i minutes: %s)', async (minutes, status) => {
    const sim = await simulate(rememberThenCheck, { trigger: TRIGGER, cache: createCache() });
    await clock.advance(minutes * MINUTE);
    await sim.continue();
    expect(sim.status).toBe(status);
  });

  it.each([
    [14, 'completed', undefined],
    [16, 'denied', 'The session token is invalid: Token has expired.'],
  ])('checks the returned token against the clock (back after %i minutes: %s)', async (minutes, status, reason) => {
    const sim = await simulate(verify, { trigger: TRIGGER, secrets: { SECRET } });
    // The verification site signs its answer when the user arrives (valid 15 minutes)...
    const token = await signSessionToken({
      secret: SECRET,
      state: sim.redirect?.state as string,
      subject: sim.event.user.user_id,
    });
    // ...and the user takes their time before coming back.
    await clock.advance(minutes * MINUTE);
    await sim.continue({ query: { session_token: token } });
    expect(sim.status).toBe(status);
    if (reason)
      expect(recorded(sim).calls.at(-1)).toMatchObject({
        method: 'access.deny',
        args: [reason],
        at: NOW + minutes * MINUTE,
      });
  });

  it('signs continue({ token }) at the moment the browser comes back', async () => {
    const sim = await simulate(verify, { trigger: TRIGGER, secrets: { SECRET } });
    await clock.advance(60 * MINUTE);
    await sim.continue({ token: { secret: SECRET } });
    expect(sim.status).toBe('completed');
  });
});
