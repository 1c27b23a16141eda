import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { mockApi, simulate, snapshotSerializer } from '../../src/index.js';
import { comeBack, redirectedFlow, redirectingApi, TRIGGER } from './flows.js';

/** What `toMatchSnapshot()` writes for each mock object, with Vitest's own pretty-format settings. */
expect.addSnapshotSerializer(snapshotSerializer);

describe('snapshotSerializer: what a snapshot shows', () => {
  it('an api: its trigger and its calls as the Action wrote them, without times or return values', () => {
    expect(redirectingApi(lib)).toMatchInlineSnapshot(`
      Api {
        "trigger": "password-reset-post-challenge",
        "calls": [
          api.redirect.encodeToken(
            {
              "expiresInSeconds": 300,
              "payload": {
                "step": "verify",
              },
              "secret": "[secret]",
            },
          ),
          api.redirect.sendUserTo(
            "https://verify.example.com/identity",
            {
              "query": {
                "session_token": "[session token]",
              },
            },
          ),
        ],
      }
    `);
  });

  it('an api that made no calls', () => {
    expect(mockApi(TRIGGER)).toMatchInlineSnapshot(`
      Api {
        "trigger": "password-reset-post-challenge",
        "calls": [],
      }
    `);
  });

  it('a Simulation waiting at a redirect: the url with its state, each handler call, the logs', async () => {
    expect(await redirectedFlow(lib)).toMatchInlineSnapshot(`
      Simulation {
        "status": "redirected",
        "user": "auth0|3176956490c65a409b2bed8e",
        "redirect": "https://verify.example.com/identity?session_token=[session token]&state=CjkYPX2hhFDGPvIedEJqtz5SDLPpeuNv",
        "actions": [
          {
            "name": "risk-check",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.cache.set(
                "risk",
                "low",
                {
                  "ttl": 60000,
                },
              ),
            ],
          },
          {
            "name": "verify-identity",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.redirect.encodeToken(
                {
                  "payload": {
                    "userId": "auth0|3176956490c65a409b2bed8e",
                  },
                  "secret": "[secret]",
                },
              ),
              api.redirect.sendUserTo(
                "https://verify.example.com/identity",
                {
                  "query": {
                    "session_token": "[session token]",
                  },
                },
              ),
            ],
          },
        ],
        "logs": [
          "[verify-identity] signing with [secret]",
        ],
      }
    `);
  });

  it('a Simulation that finished after /continue: both handlers of the resumed Action', async () => {
    const simulation = await redirectedFlow(lib);
    expect(await comeBack(simulation, false)).toMatchInlineSnapshot(`
      Simulation {
        "status": "denied",
        "user": "auth0|3176956490c65a409b2bed8e",
        "denial": {
          "action": "verify-identity",
          "method": "access.deny",
          "reason": "Identity not verified (key [secret])",
        },
        "actions": [
          {
            "name": "risk-check",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.cache.set(
                "risk",
                "low",
                {
                  "ttl": 60000,
                },
              ),
            ],
          },
          {
            "name": "verify-identity",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.redirect.encodeToken(
                {
                  "payload": {
                    "userId": "auth0|3176956490c65a409b2bed8e",
                  },
                  "secret": "[secret]",
                },
              ),
              api.redirect.sendUserTo(
                "https://verify.example.com/identity",
                {
                  "query": {
                    "session_token": "[session token]",
                  },
                },
              ),
            ],
          },
          {
            "name": "verify-identity",
            "handler": "onContinuePostChallenge",
            "calls": [
              api.redirect.validateToken(
                {
                  "secret": "[secret]",
                  "tokenParameterName": "session_token",
                },
              ),
              api.access.deny(
                "Identity not verified (key [secret])",
              ),
            ],
          },
        ],
        "logs": [
          "[verify-identity] signing with [secret]",
        ],
      }
    `);
  });

  it('a failed Simulation: the error as name and message, no stack', async () => {
    const failing = {
      name: 'broken',
      onExecutePostChallenge: async () => {
        throw new TypeError('user.app_metadata is undefined');
      },
    };
    expect(await simulate(failing, { trigger: TRIGGER })).toMatchInlineSnapshot(`
      Simulation {
        "status": "failed",
        "error": "TypeError: user.app_metadata is undefined",
        "user": "auth0|3176956490c65a409b2bed8e",
        "actions": [
          {
            "name": "broken",
            "handler": "onExecutePostChallenge",
            "calls": [],
          },
        ],
        "logs": [],
      }
    `);
  });

  it('a Simulation waiting for an MFA challenge or a rendered prompt says what it waits for', async () => {
    const challenging = {
      name: 'mfa',
      onExecutePostChallenge: async (_e: unknown, api: lib.PostChallengeApi) =>
        api.authentication.challengeWith({ type: 'otp' }),
    };
    expect(await simulate(challenging, { trigger: TRIGGER })).toMatchInlineSnapshot(`
      Simulation {
        "status": "challenged",
        "user": "auth0|3176956490c65a409b2bed8e",
        "challenge": {
          "action": "mfa",
          "factors": [
            {
              "type": "otp",
            },
          ],
          "method": "challengeWith",
        },
        "actions": [
          {
            "name": "mfa",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.authentication.challengeWith(
                {
                  "type": "otp",
                },
              ),
            ],
          },
        ],
        "logs": [],
      }
    `);
    const prompting = {
      name: 'ask',
      onExecutePostChallenge: async (_e: unknown, api: lib.PostChallengeApi) =>
        api.prompt.render('reason', { vars: { email: 'ada@example.com' } }),
      onContinuePostChallenge: async () => {},
    };
    expect(await simulate(prompting, { trigger: TRIGGER })).toMatchInlineSnapshot(`
      Simulation {
        "status": "prompted",
        "user": "auth0|3176956490c65a409b2bed8e",
        "prompt": {
          "action": "ask",
          "id": "reason",
        },
        "actions": [
          {
            "name": "ask",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.prompt.render(
                "reason",
                {
                  "vars": {
                    "email": "ada@example.com",
                  },
                },
              ),
            ],
          },
        ],
        "logs": [],
      }
    `);
  });

  it('a handler call of a simulation on its own, and mock objects nested in other values', async () => {
    const simulation = await redirectedFlow(lib);
    expect(simulation.actions[1]).toMatchInlineSnapshot(`
      SimulatedAction {
        "name": "verify-identity",
        "handler": "onExecutePostChallenge",
        "calls": [
          api.redirect.encodeToken(
            {
              "payload": {
                "userId": "auth0|3176956490c65a409b2bed8e",
              },
              "secret": "[secret]",
            },
          ),
          api.redirect.sendUserTo(
            "https://verify.example.com/identity",
            {
              "query": {
                "session_token": "[session token]",
              },
            },
          ),
        ],
        "logs": [
          "signing with [secret]",
        ],
      }
    `);
    const api = mockApi(TRIGGER);
    api.access.deny('Too risky');
    expect({ first: api, all: [simulation.status] }).toMatchInlineSnapshot(`
      {
        "all": [
          "redirected",
        ],
        "first": Api {
          "trigger": "password-reset-post-challenge",
          "calls": [
            api.access.deny(
              "Too risky",
            ),
          ],
        },
      }
    `);
  });

  it('a Simulation whose Action set a result url shows it', async () => {
    const settingResult = {
      name: 'result',
      onExecutePostChallenge: async (_e: unknown, api: lib.PostChallengeApi) =>
        api.transaction.setResultUrl('https://app.example.com/done', { query: { ok: '1' } }),
    };
    expect(await simulate(settingResult, { trigger: TRIGGER })).toMatchInlineSnapshot(`
      Simulation {
        "status": "completed",
        "user": "auth0|3176956490c65a409b2bed8e",
        "resultUrl": "https://app.example.com/done?ok=1",
        "actions": [
          {
            "name": "result",
            "handler": "onExecutePostChallenge",
            "calls": [
              api.transaction.setResultUrl(
                "https://app.example.com/done",
                {
                  "query": {
                    "ok": "1",
                  },
                },
              ),
            ],
          },
        ],
        "logs": [],
      }
    `);
  });
});
