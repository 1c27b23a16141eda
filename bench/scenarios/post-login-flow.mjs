/**
 * Post-login flow: `simulate()` a risky login, the Action challenges with OTP, the user passes the challenge, the
 * flow completes with its tokens; `toHaveChallengedWith` checks the challenge. The baseline wires the same by
 * hand: a recording function, a pending-challenge flag cleared by hand, and `toHaveBeenCalledWith`.
 */
import { expect } from 'expect';
import * as core from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import action from '../actions/post-login-step-up.cjs';
import { recordingFn } from '../baseline/recording-fn.cjs';
import { requireFeatures } from '../lib/features.mjs';
import { alternate, compare } from '../lib/measure.mjs';
import { mustFail, runScenario } from '../lib/scenario.mjs';
import { TARGETS, runsPerSecondTarget } from '../lib/targets.mjs';

const TRIGGER = 'post-login';
const RISKY_LOGIN = {
  authentication: { riskAssessment: { confidence: 'low' } },
  user: { enrolledFactors: [{ type: 'otp' }] },
};

async function oursFlow() {
  const challenged = await core.simulate(action, { trigger: TRIGGER, event: RISKY_LOGIN });
  return { challenged, done: await challenged.completeChallenge('otp') };
}

function ours(factor) {
  return async () => {
    const { challenged, done } = await oursFlow();
    expect(challenged).toHaveChallengedWith(factor);
    if (done.status !== 'completed') throw new Error(`the flow ended ${done.status}`);
  };
}

function baseline(factor) {
  return async () => {
    const event = {
      user: { user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001', enrolledFactors: [{ type: 'otp' }] },
      ...RISKY_LOGIN,
    };
    let pending;
    const api = {
      authentication: {
        challengeWith: recordingFn('api.authentication.challengeWith', (selector) => {
          pending = selector.type;
        }),
      },
    };
    await action.onExecutePostLogin(event, api);
    expect(api.authentication.challengeWith).toHaveBeenCalledWith({ type: factor });
    // The user passes the challenge: the hand-rolled flow only has to clear its flag.
    if (pending !== 'otp') throw new Error('no pending challenge');
    pending = undefined;
  };
}

runScenario('post-login-flow', async ({ settings, log }) => {
  requireFeatures({ simulate: true, triggers: [TRIGGER], matcherNames: ['toHaveChallengedWith'] });
  expect.extend(matchers);
  await ours('otp')();
  await baseline('otp')();
  await mustFail('ours with another factor', ours('email'));
  await mustFail('baseline with another factor', baseline('email'));

  log('measuring');
  const oursWithoutExpect = () => oursFlow();
  const measured = await alternate({ ours: ours('otp'), baseline: baseline('otp'), oursWithoutExpect }, settings);
  const comparison = compare(measured.ours, measured.baseline);
  return {
    rows: [
      {
        label: 'post-login challenge round trip',
        unit: 'ns',
        ...comparison,
        oursWithoutExpect: compare(measured.oursWithoutExpect, measured.baseline).ours,
        // The redirect round trip's target: a simulated flow with one pause and one resume.
        target: runsPerSecondTarget(comparison.ours.median, TARGETS.redirectRunsPerSecond, {
          baselineMedianNs: comparison.baseline.median,
        }),
      },
    ],
  };
});
