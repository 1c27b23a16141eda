import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, simulate, type PostChallengeApi } from '../../src/index.js';
import { matchers } from '../../src/matchers.js';
import { TRIGGER } from './support/continue-request.js';

/**
 * Matcher messages never print a value of `event.secrets` (whole or inside a longer string): it shows as
 * `[secret]`. Each test makes a matcher fail where a secret would naturally appear in the message and searches
 * the whole message for it.
 */
expect.extend(matchers);

const SECRET = 'whsec_9aF3kLm2Qx7Rt5Vz';
const SECRETS = { REDIRECT_SECRET: SECRET };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('the assertion passed; the test expected it to fail');
}

function expectRedacted(message: string): void {
  expect(message).not.toContain(SECRET);
  expect(message).toContain('[secret]');
}

function apiWithSecrets(): PostChallengeApi {
  return mockApi(TRIGGER, { event: mockEvent(TRIGGER, { secrets: SECRETS }) });
}

/** What a redirecting Action does: sign a token with the secret and send the user away with it. */
function redirectWithToken(api: PostChallengeApi): void {
  const token = api.redirect.encodeToken({ secret: SECRET, payload: { userId: 'auth0|1' } });
  api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
}

describe('failure messages list recorded calls without the secrets they were given', () => {
  it('toHaveDenied() failing after encodeToken({ secret }) lists that call with [secret]', () => {
    const api = apiWithSecrets();
    redirectWithToken(api);
    expectRedacted(messageOf(() => expect(api).toHaveDenied()));
  });

  it('toRedirectTo() failing after encodeToken({ secret }) and sendUserTo(token) does not print the secret', () => {
    const api = apiWithSecrets();
    redirectWithToken(api);
    const message = messageOf(() => expect(api).toRedirectTo('https://elsewhere.example.com/'));
    expect(message).not.toContain(SECRET);
  });

  it('.not.toRedirectTo() failing lists the redirect without the secret', () => {
    const api = apiWithSecrets();
    redirectWithToken(api);
    expect(messageOf(() => expect(api).not.toRedirectTo())).not.toContain(SECRET);
  });

  it('toHaveChallengedWith() failing after validateToken({ secret }) lists that call with [secret]', () => {
    const api = apiWithSecrets();
    try {
      api.redirect.validateToken({ secret: SECRET });
    } catch {
      // No token in the request: the call is rejected and not recorded; record an accepted one below.
    }
    api.redirect.encodeToken({ secret: SECRET, payload: {} });
    expectRedacted(messageOf(() => expect(api).toHaveChallengedWith('otp')));
  });

  it('.not.toHaveDenied() failing shows a reason that embeds the secret as [secret]', () => {
    const api = apiWithSecrets();
    api.access.deny(`verification failed with key ${SECRET}`);
    expectRedacted(messageOf(() => expect(api).not.toHaveDenied()));
  });

  it('toHaveDenied(reason) failing diffs against a reason that embeds the secret without printing it', () => {
    const api = apiWithSecrets();
    api.access.deny(`verification failed with key ${SECRET}`);
    expectRedacted(messageOf(() => expect(api).toHaveDenied('verification failed')));
  });

  it('.not.toHaveRenderedPrompt() failing shows vars that carry the secret as [secret]', () => {
    const api = apiWithSecrets();
    api.prompt.render('consent', { vars: { apiKey: SECRET } });
    expectRedacted(messageOf(() => expect(api).not.toHaveRenderedPrompt('consent')));
  });

  it('toHaveCached(key, value) failing shows a cached secret as [secret]', () => {
    const api = apiWithSecrets();
    api.cache.set('upstream-key', SECRET);
    expectRedacted(messageOf(() => expect(api).toHaveCached('upstream-key', 'something-else')));
  });

  it('a failing matcher on a Simulation built with secrets does not print them', async () => {
    const action = {
      onExecutePostChallenge: async (event: { secrets: Record<string, string> }, api: PostChallengeApi) => {
        const token = api.redirect.encodeToken({ secret: event.secrets.REDIRECT_SECRET as string, payload: {} });
        api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
      },
      onContinuePostChallenge: async () => {},
    };
    const simulation = await simulate(action, { trigger: TRIGGER, secrets: SECRETS });
    expectRedacted(messageOf(() => expect(simulation).toHaveDenied()));
  });
});

describe('matcher errors about misuse do not print secrets either', () => {
  it('a matcher given the event instead of the api (a common slip) does not print event.secrets', () => {
    const event = mockEvent(TRIGGER, { secrets: SECRETS });
    expect(messageOf(() => expect(event).toHaveDenied())).not.toContain(SECRET);
  });

  it('an extra argument holding a secret is not printed in the arity error', () => {
    const api = apiWithSecrets();
    expect(
      messageOf(() =>
        (expect(api) as unknown as { toHaveDenied(...a: unknown[]): void }).toHaveDenied('Too risky', SECRET),
      ),
    ).not.toContain(SECRET);
  });

  it('a malformed option holding a secret (query as a string) is not printed in the argument error', () => {
    const api = apiWithSecrets();
    redirectWithToken(api);
    expect(
      messageOf(() => expect(api).toRedirectTo('https://verify.example.com/identity', { query: SECRET as never })),
    ).not.toContain(SECRET);
  });
});
