// The password-reset flow under Vitest, on Vitest's fake timers: nothing is stubbed. The Actions run as the
// runtime runs them, tokens are really signed and verified, and the clock decides what expired.
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { recorded, signSessionToken, simulate, type SimulateOptions } from '@auth0-actions-mock/vitest';

// Auth0 Actions are CommonJS files; load them as the runtime does, with require.
const require = createRequire(import.meta.url);
const { createVerificationSite } = require('../../verification-site/verification-site.js');

const riskCheck = { name: 'risk-check', ...require('../../actions/risk-check.js') };
const identityVerification = { name: 'identity-verification', ...require('../../actions/identity-verification.js') };
const confirmReset = { name: 'confirm-reset', ...require('../../actions/confirm-reset.js') };

const FLOW = [riskCheck, identityVerification, confirmReset];
const VERIFY_SECRET = 'shared-with-verify.example.com';
const NOW = Date.parse('2026-03-02T08:00:00.000Z');
const MINUTE = 60 * 1000;

const site = createVerificationSite({ secret: VERIFY_SECRET, signSessionToken });

function userWithRisk(score: number): SimulateOptions<'password-reset-post-challenge'> {
  return {
    trigger: 'password-reset-post-challenge',
    secrets: { VERIFY_SECRET },
    event: { authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score } } } } } },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('password reset: low-risk users', () => {
  test('go straight to the confirmation form, and through once they confirm', async () => {
    const sim = await simulate(FLOW, userWithRisk(10));
    expect(sim.status).toBe('prompted');
    expect(sim).toHaveRenderedPrompt('confirm-password-reset', {
      fields: { email: sim.event.user.email },
      vars: { stepUp: 'no' },
    });
    expect(sim).not.toHaveChallengedWith('otp');

    await sim.continue({ body: { confirmed: true } });
    expect(sim.status).toBe('completed');
    expect(sim).not.toHaveDenied();
    expect(sim).toHaveSetResultUrl('https://app.example.com/password-changed', { query: { notify: 'true' } });
  });

  test('are denied when they do not confirm', async () => {
    const sim = await simulate(FLOW, userWithRisk(10));
    await sim.continue({ body: { confirmed: false } });
    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('You did not confirm the password reset.');
  });
});

describe('password reset: very risky resets', () => {
  test('are blocked by the risk check before anything else runs', async () => {
    const sim = await simulate(FLOW, userWithRisk(95));
    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied(expect.stringContaining('blocked for your protection'));
    expect(sim.actions.map((action) => action.name)).toEqual(['risk-check']);
  });
});

describe('password reset: risky users are challenged, then verified by the external site', () => {
  test('a verified user comes back with a token from the verification site and is let through', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    expect(sim.status).toBe('challenged');
    expect(sim).toHaveChallengedWith('otp', { additionalFactors: ['email'] });

    await sim.completeChallenge('otp');
    expect(sim.status).toBe('redirected');
    expect(sim).toRedirectTo('https://verify.example.com/start', { query: { locale: sim.event.transaction.locale } });
    const redirect = sim.redirect!;
    expect(new URL(redirect.url).searchParams.get('state')).toBe(redirect.state);

    const backToContinue = await site.visit(redirect.url, { identityConfirmed: true });
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    await sim.continue(backToContinue);
    expect(sim.status).toBe('prompted');
    expect(sim).toHaveRenderedPrompt('confirm-password-reset', { vars: { stepUp: 'yes' } });

    await sim.continue({ body: { confirmed: true } });
    expect(sim.status).toBe('completed');
    expect(sim).not.toHaveDenied();
  });

  test('a user the site could not verify is denied', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await sim.completeChallenge();
    await sim.continue(await site.visit(sim.redirect!.url, { identityConfirmed: false }));
    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('Identity verification failed.');
  });

  test('the same user coming back after the token expired (16 minutes) is denied', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await sim.completeChallenge();
    const backToContinue = await site.visit(sim.redirect!.url, { identityConfirmed: true });

    await vi.advanceTimersByTimeAsync(16 * MINUTE);
    await sim.continue(backToContinue);
    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied('Unable to verify your identity: The session token is invalid: Token has expired.');
    expect(sim.logs).toContain(
      '[identity-verification] verification answer rejected: The session token is invalid: Token has expired.',
    );
  });

  test('an answer signed with another secret is denied', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await sim.completeChallenge();
    const { state } = sim.redirect!;
    const forged = await signSessionToken({
      secret: 'not-the-shared-secret',
      state,
      subject: sim.event.user.user_id,
      payload: { outcome: 'verified' },
    });
    await sim.continue({ query: { verification: forged } });
    expect(sim.status).toBe('denied');
    expect(sim).toHaveDenied(expect.stringMatching(/^Unable to verify your identity: The session token is invalid: /));
  });

  test('continue({ token }) signs the answer for you, for this state and user', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await sim.completeChallenge();
    await sim.continue({
      token: { secret: VERIFY_SECRET, parameter: 'verification', payload: { outcome: 'verified' } },
    });
    expect(sim.status).toBe('prompted');
  });
});

describe('password reset: the clock between steps', () => {
  test('the risk score cached by the first Action is still there after a quick MFA challenge', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await sim.completeChallenge();
    expect(sim.logs).toContain('[identity-verification] risk score from cache');
    expect(sim.status).toBe('redirected');
  });

  test('after a slow MFA challenge the cache entry has expired, and the Action falls back to the event', async () => {
    const sim = await simulate(FLOW, userWithRisk(70));
    await vi.advanceTimersByTimeAsync(11 * MINUTE);
    await sim.completeChallenge();
    expect(sim.logs).toContain('[identity-verification] risk score recomputed (cache entry gone)');
    expect(sim.status).toBe('redirected');
    expect(
      recorded(sim)
        .calls.filter((call) => call.method === 'cache.get')
        .map((call) => call.result),
    ).toEqual([undefined]);
  });

  test('an Action still running after 20 seconds fails the flow', async () => {
    const slowLookup = {
      name: 'slow-lookup',
      onExecutePostChallenge: async () => {
        await new Promise((resolve) => setTimeout(resolve, 25_000));
      },
    };
    const pending = simulate([riskCheck, slowLookup], userWithRisk(10));
    await vi.advanceTimersByTimeAsync(20_000);
    const sim = await pending;
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toMatch(
      /^Execution timed out: .* "slow-lookup" \(onExecutePostChallenge\) was still running after 20000 ms/,
    );
  });
});
