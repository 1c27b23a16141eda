// Compiled by `tsc --noEmit` in each TypeScript cell, never run. `./library.js` is the cell's own: the entry it
// imports and its runner's `expect`, so these lines check that entry's declarations and that runner's augmentation.
import {
  expect,
  mockApi,
  mockEvent,
  recorded,
  signSessionToken,
  simulate,
  type ApiOf,
  type EventOf,
  type Simulation,
} from './library.js';

const TRIGGER = 'password-reset-post-challenge';
const api = mockApi(TRIGGER);

export function matcherTypes(): void {
  expect(api).toHaveDenied();
  expect(api).toHaveDenied(/risky/);
  expect(api).not.toHaveChallengedWith({ type: 'phone', options: { preferredMethod: 'sms' } });
  expect(api).toHaveCached('key', expect.any(String));
  // @ts-expect-error: a misspelt matcher does not exist
  expect(api).toHaveDenyed('Too risky');
  // @ts-expect-error: a cache key is text, not a number
  expect(api).toHaveCached(42);
}

// Handlers typed as users type theirs (the suite runs the CommonJS Action, which TypeScript cannot check).
async function onExecutePostChallenge(event: EventOf<typeof TRIGGER>, api: ApiOf<typeof TRIGGER>): Promise<void> {
  const token: string = api.redirect.encodeToken({
    secret: event.secrets.VERIFY_SECRET!,
    payload: { email: event.user.email },
  });
  api.redirect.sendUserTo('https://verify.example.com/start', { query: { session_token: token } });
  api.cache.set('last-reset', event.user.user_id, { ttl: 60_000 });
}

async function onContinuePostChallenge(event: EventOf<typeof TRIGGER>, api: ApiOf<typeof TRIGGER>): Promise<void> {
  const claims: Record<string, unknown> = api.redirect.validateToken({ secret: event.secrets.VERIFY_SECRET! });
  if (claims.verified !== true) api.access.deny('Verification failed: not verified');
}

export async function simulateTypes(): Promise<string[]> {
  const event = mockEvent(TRIGGER, { user: { app_metadata: { risk: 'high' } }, secrets: { VERIFY_SECRET: 'secret' } });
  const first = await simulate(
    { onExecutePostChallenge, onContinuePostChallenge },
    { trigger: TRIGGER, event, secrets: { VERIFY_SECRET: 'secret' } },
  );
  const token: string = await signSessionToken({
    secret: 'secret',
    state: first.redirect!.state,
    subject: first.event.user.user_id,
    payload: { verified: true },
  });
  const done: Simulation = await first.continue({ query: { session_token: token } });
  const widened: Simulation = first;
  expect(done).not.toHaveDenied();
  expect(widened).toRedirectTo('https://verify.example.com/start');
  await first.continue({ token: { secret: 'secret', payload: { verified: true } } });
  // @ts-expect-error: not a trigger id
  mockApi('no-such-trigger');
  return recorded(api).calls.map((call) => call.method);
}
