/**
 * examples/jest-javascript/broken/password-reset-redirect.js is a copy of the example Action with two bugs a
 * newcomer might write. Each adapter's suite runs the example's own expectations against it and snapshots the
 * failures: what a user would read, under each runner.
 */
import { stripVTControlCharacters } from 'node:util';
import { FIXED_NOW, TRIGGER, type Library } from './scenarios/tools.js';

export const BROKEN_EXAMPLE = 'examples/jest-javascript/broken/password-reset-redirect.js';

type Handler = (event: unknown, api: unknown) => Promise<void>;
export interface ActionModule {
  onExecutePostChallenge: Handler;
  onContinuePostChallenge: Handler;
}

export interface BrokenExampleRun {
  lib: Library & {
    signSessionToken(options: {
      secret: string;
      state: string;
      subject: string;
      payload?: Record<string, unknown>;
    }): Promise<string>;
  };
  /** The runner's `expect`, extended with the matchers. */
  expect: any;
  action: ActionModule;
}

const REDIRECT_SECRET = 'shared-with-verify.example.com';
const STATE = 'state-issued-by-auth0';

function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('The broken copy of the example passed an expectation it should fail.');
}

function riskyReset(lib: Library): any {
  return lib.mockEvent(TRIGGER, {
    secrets: { REDIRECT_SECRET },
    authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score: 80 } } } } },
  });
}

/** The failure messages of the example's expectations on the broken Action, in the order the example makes them. */
export async function brokenExampleFailures({
  lib,
  expect,
  action,
}: BrokenExampleRun): Promise<Record<string, string>> {
  const clock = lib.installClock({ now: FIXED_NOW, toFake: ['Date'] });
  try {
    const execute = riskyReset(lib);
    const executeApi = lib.mockApi(TRIGGER, { event: execute });
    await action.onExecutePostChallenge(execute, executeApi);
    const redirect = failureOf(() =>
      expect(executeApi).toRedirectTo('https://verify.example.com/identity', {
        query: { session_token: expect.any(String) },
      }),
    );

    const back = riskyReset(lib);
    const sessionToken = await lib.signSessionToken({
      secret: REDIRECT_SECRET,
      state: STATE,
      subject: back.user.user_id,
      payload: { userId: back.user.user_id },
    });
    back.request.query = { state: STATE, session_token: sessionToken, verified: 'true' };
    const continueApi = lib.mockApi(TRIGGER, { event: back });
    await action.onContinuePostChallenge(back, continueApi);
    const denial = failureOf(() => expect(continueApi).not.toHaveDenied());

    return {
      'the token travels as ?token= instead of ?session_token=': redirect,
      "verified is compared with true instead of 'true'": denial,
    };
  } finally {
    clock.uninstall();
  }
}
