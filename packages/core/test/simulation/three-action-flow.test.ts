import { describe, expect, it } from 'vitest';
import { recorded, simulate, type PostChallengeApi, type PostChallengeEvent } from '../../src/index.js';
import { ran, TRIGGER } from './helpers.js';

const SECRET = 'verify-secret';

function riskScore(event: PostChallengeEvent): number {
  return event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score ?? 0;
}

/** 1. Risk check: blocks very risky resets, asks risky users for MFA. */
const riskCheck = {
  name: 'risk-check',
  onExecutePostChallenge: async (event: PostChallengeEvent, api: PostChallengeApi) => {
    const score = riskScore(event);
    console.log('risk score %d', score);
    if (score >= 90) api.access.deny('Password reset blocked.');
    else if (score >= 50) api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });
  },
};

/** 2. Denies users flagged in app_metadata; redirects MFA-verified risky users to the verification site. */
const verification = {
  name: 'verification',
  onExecutePostChallenge: async (event: PostChallengeEvent, api: PostChallengeApi) => {
    if (event.user.app_metadata.locked === true) {
      api.access.deny('Account locked.');
      return;
    }
    const passedMfa = event.authentication.methods.some((method) => method.name === 'mfa');
    if (passedMfa) {
      const token = api.redirect.encodeToken({
        secret: event.secrets.SECRET as string,
        payload: { userId: event.user.user_id },
      });
      api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
    }
  },
  onContinuePostChallenge: async (event: PostChallengeEvent, api: PostChallengeApi) => {
    try {
      const payload = api.redirect.validateToken({ secret: event.secrets.SECRET as string });
      if (payload.verified !== true) api.access.deny('Identity not verified.');
    } catch (error) {
      api.access.deny(`Unable to verify: ${(error as Error).message}`);
    }
  },
};

/** 3. Asks the user to confirm the reset in a form. */
const confirmation = {
  name: 'confirmation',
  onExecutePostChallenge: async (event: PostChallengeEvent, api: PostChallengeApi) => {
    api.prompt.render('confirm-reset', {
      fields: { email: event.user.email },
      vars: { risk: String(riskScore(event)) },
    });
  },
  onContinuePostChallenge: async (event: PostChallengeEvent, api: PostChallengeApi) => {
    if (event.prompt?.fields?.confirmed !== true) api.access.deny('Reset not confirmed.');
    else api.transaction.setResultUrl('https://app.example.com/welcome-back');
  },
};

const flow = [riskCheck, verification, confirmation];
/** A reset with that Akamai risk score, by a user enrolled in both factors the risk check offers. */
const risky = (score: number) => ({
  authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score } } } } },
  user: { enrolledFactors: [{ type: 'otp' }, { type: 'email' }] },
});

describe('a flow of three Actions', () => {
  it('deny in the second Action: the third never runs', async () => {
    const sim = await simulate(flow, {
      trigger: TRIGGER,
      secrets: { SECRET },
      event: { user: { app_metadata: { locked: true } } },
    });
    expect(sim.status).toBe('denied');
    expect(ran(sim)).toEqual(['risk-check:execute', 'verification:execute']);
    expect(recorded(sim).calls.map((c) => [c.method, c.args[0]])).toEqual([['access.deny', 'Account locked.']]);
    expect(sim.logs).toEqual(['[risk-check] risk score 0']);
  });

  it('challenge then redirect, then render and continue: a risky user walks through the whole reset', async () => {
    const sim = await simulate(flow, { trigger: TRIGGER, secrets: { SECRET }, event: risky(70) });
    expect(sim.status).toBe('challenged');
    expect(sim.challenge).toMatchObject({ action: 'risk-check', factors: [{ type: 'otp' }, { type: 'email' }] });

    await sim.completeChallenge('otp');
    expect(sim.status).toBe('redirected');
    expect(sim.redirect?.url).toMatch(
      /^https:\/\/verify\.example\.com\/identity\?session_token=[\w-]+\.[\w-]+\.[\w-]+&state=\w+$/,
    );

    await sim.continue({ token: { secret: SECRET, payload: { verified: true } } });
    expect(sim.status).toBe('prompted');
    expect(sim.prompt).toEqual({
      action: 'confirmation',
      id: 'confirm-reset',
      fields: { email: sim.event.user.email },
      vars: { risk: '70' },
    });

    await sim.continue({ body: { confirmed: true } });
    expect(sim.status).toBe('completed');
    expect(sim.resultUrl).toBe('https://app.example.com/welcome-back');
    expect(ran(sim)).toEqual([
      'risk-check:execute',
      'verification:execute',
      'verification:continue',
      'confirmation:execute',
      'confirmation:continue',
    ]);
    expect(recorded(sim).calls.map((c) => c.method)).toEqual([
      'authentication.challengeWith',
      'redirect.encodeToken',
      'redirect.sendUserTo',
      'redirect.validateToken',
      'prompt.render',
      'transaction.setResultUrl',
    ]);
  });

  it('render then continue without confirming denies; a low-risk user goes straight to the prompt', async () => {
    const sim = await simulate(flow, { trigger: TRIGGER, secrets: { SECRET } });
    expect(sim.status).toBe('prompted');
    expect(ran(sim)).toEqual(['risk-check:execute', 'verification:execute', 'confirmation:execute']);
    await sim.continue({ body: { confirmed: false } });
    expect(sim.status).toBe('denied');
    expect(recorded(sim).calls.at(-1)?.args).toEqual(['Reset not confirmed.']);
  });

  it('a user who fails identity verification is denied before the prompt', async () => {
    const sim = await simulate(flow, { trigger: TRIGGER, secrets: { SECRET }, event: risky(70) });
    await sim.completeChallenge('email');
    await sim.continue({ token: { secret: SECRET, payload: { verified: false } } });
    expect(sim.status).toBe('denied');
    expect(ran(sim)).not.toContain('confirmation:execute');
  });
});
