import { describe, expect, it } from 'vitest';
import { createCache, recorded, simulate } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';

describe('simulate(): access.deny', () => {
  it('lets the denying handler finish, then stops the flow: later Actions do not run', async () => {
    const cache = createCache();
    let laterRan = false;
    const sim = await simulate(
      [
        action('first', async () => {}),
        action('gate', async (_event, api) => {
          api.access.deny('Too risky');
          await Promise.resolve();
          // The handler is not aborted: its side effects after the deny still happen.
          api.cache.set('after-deny', 'kept');
        }),
        action('later', async () => {
          laterRan = true;
        }),
      ],
      { trigger: TRIGGER, cache },
    );
    expect(sim.status).toBe('denied');
    expect(laterRan).toBe(false);
    expect(ran(sim)).toEqual(['first:execute', 'gate:execute']);
    expect(recorded(sim).calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['access.deny', 'Too risky'],
      ['cache.set', 'after-deny'],
    ]);
    expect(cache.get('after-deny')?.value).toBe('kept');
    expect(sim.error).toBeUndefined();
  });

  it('takes precedence over a challenge or a redirect the same Action asked for', async () => {
    const sim = await simulate(
      [
        action('both', async (_event, api) => {
          api.authentication.challengeWith({ type: 'otp' });
          api.redirect.sendUserTo('https://verify.example.com/');
          api.access.deny('No');
        }),
        action('never', async () => {}),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('denied');
    expect(sim.challenge).toBeUndefined();
    expect(sim.redirect).toBeUndefined();
    expect(ran(sim)).toEqual(['both:execute']);
  });

  it('stops the flow when the continue handler denies', async () => {
    const sim = await simulate(
      [
        action(
          'verify',
          async (_event, api) => api.redirect.sendUserTo('https://verify.example.com/'),
          async (_event, api) => api.access.deny('Verification failed'),
        ),
        action('never', async () => {}),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('redirected');
    await sim.continue();
    expect(sim.status).toBe('denied');
    expect(ran(sim)).toEqual(['verify:execute', 'verify:continue']);
  });
});
