import { stripVTControlCharacters } from 'node:util';
import { FIXED_NOW, SECRET, scenarios, type Library, type Scenario, type Tools } from './scenarios/index.js';

/** What a suite hands the driver: its runner's functions and the library build it tests. */
export interface Runner {
  describe(name: string, body: () => void): void;
  test(name: string, body: () => void): void;
  /** The runner's `expect`, already extended with the matchers. */
  expect: any;
  lib: Library;
}

function failureOf(assertion: () => void): string | undefined {
  try {
    assertion();
  } catch (error) {
    return stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  }
  return undefined;
}

function runScenario(runner: Runner, scenario: Scenario): void {
  const { expect, lib } = runner;
  // Only Date is faked: the runner's own timers keep working.
  const clock = lib.installClock({ now: FIXED_NOW, toFake: ['Date'] });
  try {
    const tools: Tools = { lib, tick: (ms) => clock.tick(ms) };
    const received = scenario.arrange(tools);
    const positive = failureOf(() => scenario.assert(expect(received), expect));
    const negated = failureOf(() => scenario.assert(expect(received).not, expect));

    if (scenario.outcome === 'fails-both-ways') {
      for (const [side, message] of [
        ['message', positive],
        ['message of .not', negated],
      ] as const) {
        expect(message).toEqual(expect.any(String));
        expect(message).not.toContain('Matcher error');
        expect(message).not.toContain(SECRET);
        expect(message).toMatchSnapshot(side);
      }
      return;
    }
    if (scenario.outcome === 'misuse') {
      expect(positive).toContain('Matcher error');
      expect(negated).toContain('Matcher error');
      expect(positive).not.toContain(SECRET);
      expect(positive).toMatchSnapshot('matcher error');
      return;
    }
    const [passing, failing] = scenario.outcome === 'pass' ? [positive, negated] : [negated, positive];
    expect(passing).toBeUndefined();
    expect(failing).toEqual(expect.any(String));
    expect(failing).not.toContain('Matcher error');
    expect(failing).not.toContain(SECRET);
    expect(failing).toMatchSnapshot(scenario.outcome === 'pass' ? 'message of .not' : 'message');
  } finally {
    clock.uninstall();
  }
}

/** Registers one test per scenario, under a `describe` per matcher (all matchers, or those named). */
export function runScenarios(runner: Runner, only?: readonly string[]): void {
  for (const [matcherName, list] of Object.entries(scenarios)) {
    if (only && !only.includes(matcherName)) continue;
    runner.describe(matcherName, () => {
      for (const scenario of list) runner.test(scenario.title, () => runScenario(runner, scenario));
    });
  }
}
