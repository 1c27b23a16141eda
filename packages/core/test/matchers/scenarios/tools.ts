/**
 * Matcher scenarios are shared by every runner's suite: core's (Vitest, TypeScript sources), the Jest adapter's
 * (Jest 30, built package) and the Vitest adapter's (Vitest 4 and 5, built package). Each runner keeps its own
 * snapshots of the failure messages, since Jest and Vitest print values and diffs differently.
 *
 * A scenario arranges a received value, then makes one assertion. The driver runs it twice, as
 * `expect(received)` and as `expect(received).not`: for `outcome: 'pass'` the first passes and the second fails,
 * for `'fail'` the reverse, and the failing side's message is snapshotted. For `'misuse'` both sides throw the
 * same matcher error, whatever `.not` says. For `'fails-both-ways'` (a failed Simulation) both sides fail with a
 * message, and both messages are snapshotted.
 */
import type { PostChallengeApi } from '../../../src/index.js';
import type { ActionMatchers } from '../../../src/matchers.js';

/**
 * The library under test: core's sources, or an adapter's build. Typed loosely where core's types carry unique
 * symbols (a cache's brand), which differ between the sources and a build's declarations.
 */
export interface Library {
  mockApi(trigger: typeof TRIGGER, options?: { event?: any; cache?: any }): PostChallengeApi;
  /** Another trigger's api, for matchers of methods password-reset's api lacks: typed loosely, as scenarios need. */
  mockApi(trigger: OtherTrigger, options?: { event?: any; cache?: any }): any;
  mockEvent(trigger: typeof TRIGGER | OtherTrigger, overrides?: any): any;
  createCache(): any;
  installClock(options: { now: number; toFake: Array<'Date'> }): { tick(ms: number): unknown; uninstall(): unknown };
}

/** The asymmetric matchers of the runner's `expect`. */
export interface AsymmetricMatchers {
  any(constructor: unknown): any;
  anything(): any;
  arrayContaining(sample: unknown[]): any;
  objectContaining(sample: Record<string, unknown>): any;
  stringContaining(sample: string): any;
  stringMatching(sample: string | RegExp): any;
}

export interface Tools {
  lib: Library;
  /** Moves the fake clock the driver installed (every scenario starts at FIXED_NOW). */
  tick(ms: number): void;
}

export type Assertion = ActionMatchers<void>;

export interface Scenario {
  title: string;
  arrange(tools: Tools): unknown;
  assert(assertion: Assertion, expect: AsymmetricMatchers): void;
  outcome: 'pass' | 'fail' | 'misuse' | 'fails-both-ways';
}

/** 2026-03-01T12:00:00Z: scenarios run on a fixed clock so tokens, dates and expiries print the same every time. */
export const FIXED_NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

export const TRIGGER = 'password-reset-post-challenge' as const;

/** The triggers whose apis the scenarios of other matchers use. */
export type OtherTrigger = 'pre-user-registration' | 'post-login';

/** Put in `event.secrets`; no failure message may contain it. */
export const SECRET = 'test-secret-do-not-print';

const API_BRAND = Symbol.for('auth0-actions-mock.api');
const SIMULATION_BRAND = Symbol.for('auth0-actions-mock.simulation');

export function api({ lib }: Tools, secrets: Record<string, string> = {}) {
  return lib.mockApi(TRIGGER, { event: lib.mockEvent(TRIGGER, { secrets }) });
}

/** An api of another trigger, `event.secrets` set as for `api()`. */
export function apiOf({ lib }: Tools, trigger: OtherTrigger, secrets: Record<string, string> = {}): any {
  return lib.mockApi(trigger, { event: lib.mockEvent(trigger, { secrets }) });
}

/**
 * A stand-in with what a `simulate()` result exposes to matchers: `{ kind: 'simulation', apis() }` under the
 * registered simulation brand.
 */
export function simulationOf(...apis: object[]): object {
  const internals = apis.map((each) => (each as Record<symbol, unknown>)[API_BRAND]);
  return { status: 'completed', [SIMULATION_BRAND]: { kind: 'simulation', apis: () => internals } };
}

/** Looks like an api to a reader, but is not one (no brand): what a hand-rolled mock is. */
export function notAnApi(): unknown {
  return { access: { deny: () => undefined } };
}

/**
 * A stand-in for a `simulate()` result whose flow failed: an Action threw an error whose message and stack carry
 * a secret. The stack is fixed so messages print the same on every machine.
 */
export function failedSimulationOf(tools: Tools): object {
  const a = api(tools, { RISK_API_KEY: SECRET });
  const error = new Error(`Risk service refused the key ${SECRET}`);
  error.stack = `Error: Risk service refused the key ${SECRET}\n    at onExecutePostChallenge (/project/actions/risk-check.js:14:11)`;
  const action = { name: 'risk-check', handler: 'onExecutePostChallenge', error, logs: [] };
  return { ...simulationOf(a), status: 'failed', error, actions: [action] };
}

/** Every matcher fails on a failed Simulation, with or without `.not`: the scenario each matcher's list ends with. */
export function failedSimulationScenario(assert: Scenario['assert']): Scenario {
  return {
    title: 'fails on a failed simulation, with or without .not, showing the error',
    arrange: failedSimulationOf,
    assert,
    outcome: 'fails-both-ways',
  };
}
