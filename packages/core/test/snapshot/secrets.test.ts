import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { mockApi, mockEvent, recorded, simulate, type PostChallengeApi } from '../../src/index.js';
import { comeBack, redirectedFlow, redirectingApi, SECRET, TRIGGER } from './flows.js';
import { serialize } from './print.js';

/**
 * No value of `event.secrets`, and no secret a session token was signed or checked with, survives the
 * serializer, wherever an Action put it. Each test first checks that the secret really is in what was recorded,
 * so that its absence from the summary means something.
 */
function expectHidden(printed: string, secret: string = SECRET): void {
  expect(printed).not.toContain(secret);
  expect(printed).toContain('[secret]');
}

describe('snapshotSerializer: secrets', () => {
  it("an api's encodeToken({ secret }) argument prints as [secret]", () => {
    const api = redirectingApi(lib);
    expect(JSON.stringify(recorded(api).calls)).toContain(SECRET);
    expectHidden(serialize(api));
  });

  it("a Simulation's secrets are hidden in calls, deny reasons and logs, at every step of the flow", async () => {
    const simulation = await redirectedFlow(lib);
    expect(simulation.event.secrets.REDIRECT_SECRET).toBe(SECRET);
    expectHidden(serialize(simulation));
    await comeBack(simulation, false);
    expect(String(recorded(simulation).calls.at(-1)?.args[0])).toContain(SECRET);
    expectHidden(serialize(simulation));
  });

  it('hides an error message and a redirect url that carry a secret', async () => {
    const leaky = {
      name: 'leaky',
      onExecutePostChallenge: async (event: lib.PostChallengeEvent, api: PostChallengeApi) => {
        api.redirect.sendUserTo('https://partner.example.com/', { query: { key: event.secrets.API_KEY as string } });
      },
      onContinuePostChallenge: async (event: lib.PostChallengeEvent) => {
        throw new Error(`partner rejected key ${event.secrets.API_KEY}`);
      },
    };
    const simulation = await simulate(leaky, { trigger: TRIGGER, secrets: { API_KEY: SECRET } });
    expect(simulation.redirect?.url).toContain(SECRET);
    expectHidden(serialize(simulation));
    await simulation.continue();
    expect(simulation.status).toBe('failed');
    expectHidden(serialize(simulation));
    expectHidden(serialize(simulation.actions.at(-1)));
  });

  it("hides an Action's own secrets, given next to its handlers, in the whole flow", async () => {
    const own = 'own-secret-of-the-second-action';
    const first = { name: 'first', onExecutePostChallenge: async () => {} };
    const second = {
      name: 'second',
      secrets: { OWN: own },
      onExecutePostChallenge: async (event: lib.PostChallengeEvent, api: PostChallengeApi) =>
        api.access.deny(`blocked by ${event.secrets.OWN}`),
    };
    const printed = serialize(await simulate([first, second], { trigger: TRIGGER }));
    expectHidden(printed, own);
  });

  it('hides a token secret written into the Action as a literal, not taken from event.secrets', () => {
    const literal = 'literal-secret-in-the-action-code';
    const api = mockApi(TRIGGER);
    const token = api.redirect.encodeToken({ secret: literal, payload: {} });
    api.redirect.sendUserTo('https://verify.example.com/', { query: { session_token: token } });
    api.access.deny(`debug: ${literal}`);
    expectHidden(serialize(api), literal);
  });

  it('hides a secret inside a class instance, which is printed by its own serializer and not searched as data', () => {
    class Note {
      constructor(readonly text: string) {}
    }
    const api = mockApi(TRIGGER, { event: mockEvent(TRIGGER, { secrets: { KEY: SECRET } }) });
    api.prompt.render('note', { vars: { note: new Note(`key ${SECRET}`) } });
    expect(JSON.stringify(recorded(api).calls[0]?.args)).toContain(SECRET);
    expectHidden(serialize(api));
  });

  it('hides the secret in min mode too (inline snapshots of short values, printed on one line)', async () => {
    expectHidden(serialize(await redirectedFlow(lib), { min: true }));
  });
});
