/**
 * Scenario 2, redirect round trip: the Action encodes a session token and redirects; the external site signs its
 * answer; the browser comes back to `/continue`; the Action validates the token; two matchers check the result.
 * Ours drives it with `simulate()` and `continue({ token })`; the baseline wires the same round trip by hand
 * with recording functions and an HS256 on node:crypto.
 */
import { expect } from 'expect';
import * as core from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import action from '../actions/verify-elsewhere.cjs';
import { sign, verify } from '../baseline/hs256.cjs';
import { recordingFn } from '../baseline/recording-fn.cjs';
import { requireFeatures } from '../lib/features.mjs';
import { alternate, compare } from '../lib/measure.mjs';
import { mustFail, runScenario } from '../lib/scenario.mjs';
import { TARGETS, runsPerSecondTarget } from '../lib/targets.mjs';

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'a-shared-secret-of-at-least-32-bytes!';
const EXTERNAL_ISSUER = 'https://verify.example.com/';

async function oursRoundTrip(verified) {
  const redirected = await core.simulate(action, { trigger: TRIGGER, secrets: { SESSION_SECRET: SECRET } });
  return redirected.continue({ token: { secret: SECRET, payload: { verified } } });
}

function ours(verified) {
  return async () => {
    const done = await oursRoundTrip(verified);
    expect(done).toRedirectTo(action.VERIFY_URL, { query: { session_token: expect.any(String) } });
    expect(done).toHaveSetResultUrl(action.RESULT_URL, { query: { verified: 'yes' } });
  };
}

function baseline(verified) {
  return async () => {
    const event = {
      secrets: { SESSION_SECRET: SECRET },
      user: { user_id: 'auth0|65a1f0c2e4b0d7a9c3f10001', email: 'ana@example.com' },
      request: { hostname: 'bench-tenant.eu.auth0.com', ip: '203.0.113.7', query: {}, body: {} },
    };
    const executeApi = {
      redirect: {
        encodeToken: recordingFn('api.redirect.encodeToken', ({ secret, payload, expiresInSeconds = 900 }) => {
          const iat = Math.floor(Date.now() / 1000);
          const claims = {
            iat,
            iss: event.request.hostname,
            sub: event.user.user_id,
            exp: iat + expiresInSeconds,
            ip: event.request.ip,
            ...payload,
          };
          return sign(claims, secret);
        }),
        sendUserTo: recordingFn('api.redirect.sendUserTo'),
      },
    };
    await action.onExecutePostChallenge(event, executeApi);

    const state = 'hand-rolled-state';
    const iat = Math.floor(Date.now() / 1000);
    const answer = sign(
      { sub: event.user.user_id, iss: EXTERNAL_ISSUER, iat, exp: iat + 900, state, verified },
      SECRET,
    );
    const continueEvent = { ...event, request: { ...event.request, query: { state, session_token: answer } } };
    const continueApi = {
      access: { deny: recordingFn('api.access.deny') },
      redirect: {
        validateToken: recordingFn('api.redirect.validateToken', ({ secret, tokenParameterName = 'session_token' }) =>
          verify(continueEvent.request.query[tokenParameterName], secret, { state, subject: event.user.user_id }),
        ),
      },
      transaction: { setResultUrl: recordingFn('api.transaction.setResultUrl') },
    };
    await action.onContinuePostChallenge(continueEvent, continueApi);

    expect(executeApi.redirect.sendUserTo).toHaveBeenCalledWith(action.VERIFY_URL, {
      query: { session_token: expect.any(String) },
    });
    expect(continueApi.transaction.setResultUrl).toHaveBeenCalledWith(action.RESULT_URL, {
      query: { verified: 'yes' },
    });
  };
}

runScenario('redirect', async ({ settings, log }) => {
  requireFeatures({ simulate: true, matcherNames: ['toRedirectTo', 'toHaveSetResultUrl'] });
  expect.extend(matchers);
  await ours(true)();
  await baseline(true)();
  await mustFail('ours with an unverified answer', ours(false));
  await mustFail('baseline with an unverified answer', baseline(false));

  log('measuring');
  // The library's share alone: ours without its two expect lines.
  const oursWithoutExpect = () => oursRoundTrip(true);
  const measured = await alternate({ ours: ours(true), baseline: baseline(true), oursWithoutExpect }, settings);
  const comparison = compare(measured.ours, measured.baseline);
  return {
    rows: [
      {
        label: 'redirect round trip',
        unit: 'ns',
        ...comparison,
        oursWithoutExpect: compare(measured.oursWithoutExpect, measured.baseline).ours,
        target: runsPerSecondTarget(comparison.ours.median, TARGETS.redirectRunsPerSecond, {
          baselineMedianNs: comparison.baseline.median,
        }),
      },
    ],
  };
});
