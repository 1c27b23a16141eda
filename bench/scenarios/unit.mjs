/**
 * Scenario 1, unit: build an event and an api, run a handler that denies, check one matcher. Ours uses
 * mockEvent / mockApi and `toHaveDenied`; the baseline is an object literal, a recording function and
 * `toHaveBeenCalledWith`, checked by the same standalone `expect`.
 */
import { expect } from 'expect';
import { mockApi, mockEvent } from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import action from '../actions/deny-blocked-user.cjs';
import { recordingFn } from '../baseline/recording-fn.cjs';
import { requireFeatures } from '../lib/features.mjs';
import { alternate, compare } from '../lib/measure.mjs';
import { mustFail, runScenario } from '../lib/scenario.mjs';
import { TARGETS, runsPerSecondTarget } from '../lib/targets.mjs';

const TRIGGER = 'password-reset-post-challenge';

function ours(reason) {
  return async () => {
    const event = mockEvent(TRIGGER, { user: { app_metadata: { reset_blocked: true } } });
    const api = mockApi(TRIGGER, { event });
    await action.onExecutePostChallenge(event, api);
    expect(api).toHaveDenied(reason);
  };
}

function baseline(reason) {
  return async () => {
    const event = {
      user: {
        user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001',
        email: 'ana@example.com',
        app_metadata: { reset_blocked: true },
      },
    };
    const api = { access: { deny: recordingFn('api.access.deny') } };
    await action.onExecutePostChallenge(event, api);
    expect(api.access.deny).toHaveBeenCalledWith(reason);
  };
}

runScenario('unit', async ({ settings, log }) => {
  requireFeatures({ matcherNames: ['toHaveDenied'] });
  expect.extend(matchers);
  await ours(action.REASON)();
  await baseline(action.REASON)();
  await mustFail('ours with another reason', ours('another reason'));
  await mustFail('baseline with another reason', baseline('another reason'));

  // The floor both sides share: one call of the standalone `expect` (it builds every matcher, .not and
  // .resolves/.rejects variant anew on each call), measured in the same rounds.
  const subject = mockApi(TRIGGER);
  const expectCall = () => {
    expect(subject);
  };
  // The library's share alone: ours without its expect line.
  const oursWithoutExpect = async () => {
    const event = mockEvent(TRIGGER, { user: { app_metadata: { reset_blocked: true } } });
    const api = mockApi(TRIGGER, { event });
    await action.onExecutePostChallenge(event, api);
  };

  log('measuring');
  const measured = await alternate(
    { ours: ours(action.REASON), baseline: baseline(action.REASON), expectCall, oursWithoutExpect },
    settings,
  );
  const comparison = compare(measured.ours, measured.baseline);
  return {
    rows: [
      {
        label: 'unit (deny + 1 matcher)',
        unit: 'ns',
        ...comparison,
        expectCallAlone: compare(measured.expectCall, measured.baseline).ours,
        oursWithoutExpect: compare(measured.oursWithoutExpect, measured.baseline).ours,
        target: runsPerSecondTarget(comparison.ours.median, TARGETS.unitRunsPerSecond, {
          baselineMedianNs: comparison.baseline.median,
        }),
      },
    ],
  };
});
