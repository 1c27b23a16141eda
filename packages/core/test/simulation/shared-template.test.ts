import { describe, expect, it } from 'vitest';
import { mockEvent, simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';
import { useFixedDate } from '../support/fixed-date.js';

// Events are built at the clock: two built a millisecond apart differ in their times.
useFixedDate();

const SECRET = 'a-shared-secret-of-at-least-32-bytes!';

/**
 * A simulation without event overrides shares the kept event template below its top level (one whole-event copy
 * fewer per simulate()). Whatever the flow does, the next event built from that template must be unchanged.
 */
describe('simulate(): the kept event template stays as built', () => {
  it('after a completed challenge, a continue with a new request, and secrets', async () => {
    const pristine = mockEvent(TRIGGER);
    const sim = await simulate(
      action('verify', async (event, api) => {
        event.user.app_metadata = { changed: true };
        (event.authentication?.methods as unknown[]).push({ name: 'handler-was-here' });
        api.authentication.challengeWith({ type: 'otp' });
      }),
      { trigger: TRIGGER, secrets: { SESSION_SECRET: SECRET } },
    );
    await sim.completeChallenge('otp');
    expect(sim.status).toBe('completed');

    const redirected = await simulate(
      action(
        'redirect',
        async (_event, api) => api.redirect.sendUserTo('https://verify.example.com/start'),
        async (event) => {
          event.request.query.extra = 'changed';
        },
      ),
      { trigger: TRIGGER },
    );
    await redirected.continue({ query: { answer: 'yes' } });
    expect(redirected.status).toBe('completed');

    expect(mockEvent(TRIGGER)).toEqual(pristine);
    const again = await simulate(
      action('reader', async () => {}),
      { trigger: TRIGGER },
    );
    expect(again.event).toEqual(pristine);
  });

  it('a completed challenge still shows in the next handler’s event', async () => {
    const seen: unknown[] = [];
    const sim = await simulate(
      [
        action('risk', async (_event, api) => api.authentication.challengeWith({ type: 'otp' })),
        action('after', async (event) => void seen.push(event.authentication?.methods?.map((method) => method.name))),
      ],
      { trigger: TRIGGER },
    );
    await sim.completeChallenge('otp');
    expect(seen).toEqual([['email', 'mfa']]);
  });
});
