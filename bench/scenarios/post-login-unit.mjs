/**
 * Post-login unit: build a post-login event and api, run an Action that sets a namespaced roles claim and adds a
 * scope, check both with two matchers. Ours uses mockEvent / mockApi, `toHaveSetIdTokenClaim` and
 * `toHaveAddedScope`; the baseline is an event literal, recording functions and `toHaveBeenCalledWith`.
 */
import { expect } from 'expect';
import { mockApi, mockEvent } from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import action from '../actions/post-login-claims.cjs';
import { recordingFn } from '../baseline/recording-fn.cjs';
import { requireFeatures } from '../lib/features.mjs';
import { alternate, compare } from '../lib/measure.mjs';
import { mustFail, runScenario } from '../lib/scenario.mjs';
import { TARGETS, runsPerSecondTarget } from '../lib/targets.mjs';

const TRIGGER = 'post-login';
const LOGIN = { authorization: { roles: ['analyst'] }, resource_server: { identifier: action.REPORTS_API } };

function ours(roles) {
  return async () => {
    const event = mockEvent(TRIGGER, LOGIN);
    const api = mockApi(TRIGGER, { event });
    await action.onExecutePostLogin(event, api);
    expect(api).toHaveSetIdTokenClaim(action.ROLES_CLAIM, roles);
    expect(api).toHaveAddedScope('read:reports');
  };
}

function baseline(roles) {
  return async () => {
    const event = { user: { user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001' }, ...LOGIN };
    const api = {
      idToken: { setCustomClaim: recordingFn('api.idToken.setCustomClaim') },
      accessToken: { addScope: recordingFn('api.accessToken.addScope') },
    };
    await action.onExecutePostLogin(event, api);
    expect(api.idToken.setCustomClaim).toHaveBeenCalledWith(action.ROLES_CLAIM, roles);
    expect(api.accessToken.addScope).toHaveBeenCalledWith('read:reports');
  };
}

runScenario('post-login-unit', async ({ settings, log }) => {
  requireFeatures({ triggers: [TRIGGER], matcherNames: ['toHaveSetIdTokenClaim', 'toHaveAddedScope'] });
  expect.extend(matchers);
  await ours(['analyst'])();
  await baseline(['analyst'])();
  await mustFail('ours with other roles', ours(['admin']));
  await mustFail('baseline with other roles', baseline(['admin']));

  log('measuring');
  const measured = await alternate({ ours: ours(['analyst']), baseline: baseline(['analyst']) }, settings);
  const comparison = compare(measured.ours, measured.baseline);
  return {
    rows: [
      {
        label: 'post-login unit (claim + scope, 2 matchers)',
        unit: 'ns',
        ...comparison,
        // The unit target: a post-login test should cost what a password-reset one does.
        target: runsPerSecondTarget(comparison.ours.median, TARGETS.unitRunsPerSecond, {
          baselineMedianNs: comparison.baseline.median,
        }),
      },
    ],
  };
});
