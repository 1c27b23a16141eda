import { existsSync, readFileSync } from 'node:fs';
import { stripAnsi, tail } from './exec.mjs';

/**
 * Every consumer suite has these tests, with these exact names. A cell is green only when each of them passed
 * and the sentinel failed with our matcher's message: a suite that did not run, ran nothing, or failed for
 * another reason (a matcher that was never registered says "is not a function") is red.
 */
export const REQUIRED_PASSING = [
  'mockApi: the matchers read what the Action did',
  'simulate: redirect, a token from the external site, continue',
  'fake timers: a token signed 16 minutes earlier has expired',
  'fake timers: a cache entry expires after its ttl',
  'errors belong to the test realm',
];

/** What the cells marked `deployed` in the matrix also run (`consumers/shared/deployed/deployed.cjs`). */
export const DEPLOYED_PASSING = [
  'loadTenant: an export in either format runs as one flow',
  'auth0-actions-mock run: the bin from the tarball, for a person and with --json',
  'auth0-actions-mock run: the command runs on the Node that runs the tests',
];

/** The tests that must pass in `cell`: every cell's, and the deployed ones where the matrix says it runs them. */
export function requiredPassing(cell) {
  return cell.deployed ? [...REQUIRED_PASSING, ...DEPLOYED_PASSING] : REQUIRED_PASSING;
}

export const SENTINEL = {
  name: 'compat sentinel: fails with the matcher message',
  // The matcher's name, the reason the test expected and the reason the Action recorded: only our matcher's
  // message contains all three.
  mustInclude: ['toHaveDenied', 'Compat sentinel reason', 'Too risky'],
  mustNotInclude: ['is not a function', 'Invalid Chai property'],
};

/** Jest's `--json` output and Vitest's `json` reporter share one shape. */
export function readJestShapedResults(file) {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const suiteErrors = [];
  const tests = [];
  for (const suite of json.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0)
      suiteErrors.push(stripAnsi(suite.message || 'the test file failed to run'));
    for (const test of suite.assertionResults ?? []) {
      tests.push({
        name: test.title,
        status: test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped',
        message: stripAnsi((test.failureMessages ?? []).join('\n')),
      });
    }
  }
  return { suiteErrors, tests };
}

/** Lines written by `reporters/node-test-json.mjs`. */
export function readNodeTestResults(file) {
  if (!existsSync(file)) return undefined;
  const events = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const tests = events
    .filter((event) => event.type === 'test:pass' || event.type === 'test:fail')
    .map((event) => ({
      name: event.name,
      status: event.type === 'test:pass' ? (event.skip ? 'skipped' : 'passed') : 'failed',
      message: stripAnsi(event.message ?? ''),
    }));
  return { suiteErrors: [], tests };
}

/** Decides a test run: green, or red with the reason a human needs first. `required` must all pass. */
export function judgeRun(results, execution, required = REQUIRED_PASSING) {
  if (execution.timedOut)
    return {
      ok: false,
      reason: `timed out after ${Math.round(execution.ms / 1000)} s (a hung fake timer or an await that never settles?)\n${tail(execution.stdout + execution.stderr)}`,
    };
  if (!results)
    return {
      ok: false,
      reason: `the runner wrote no results (exit ${execution.code ?? execution.signal})\n${tail(execution.stdout + execution.stderr)}`,
    };
  if (results.suiteErrors.length > 0)
    return { ok: false, reason: `the test file did not run:\n${tail(results.suiteErrors.join('\n'), 20)}` };
  const byName = new Map(results.tests.map((test) => [test.name, test]));
  const problems = [];
  const expectedCount = required.length + 1;
  if (results.tests.length < expectedCount) {
    problems.push(
      `the runner reported ${results.tests.length} of ${expectedCount} tests, then stopped (exit ${execution.code ?? execution.signal}): did something freeze the runner's own timers or exit the process?`,
    );
  }
  for (const name of required) {
    const test = byName.get(name);
    if (!test) problems.push(`missing test "${name}"`);
    else if (test.status !== 'passed')
      problems.push(`"${name}" ${test.status}:\n${indent(firstLines(test.message, 12))}`);
  }
  for (const test of results.tests) {
    if (test.status === 'failed' && test.name !== SENTINEL.name && !required.includes(test.name))
      problems.push(`unexpected failure "${test.name}"`);
  }
  const sentinel = byName.get(SENTINEL.name);
  if (!sentinel) {
    problems.push(`missing the sentinel test "${SENTINEL.name}"`);
  } else if (sentinel.status !== 'failed') {
    problems.push(`the sentinel test ${sentinel.status}, but it must fail with our matcher's message`);
  } else {
    const absent = SENTINEL.mustInclude.filter((text) => !sentinel.message.includes(text));
    const present = SENTINEL.mustNotInclude.filter((text) => sentinel.message.includes(text));
    if (absent.length > 0 || present.length > 0) {
      problems.push(
        `the sentinel failed with the wrong message (${[...absent.map((text) => `no "${text}"`), ...present.map((text) => `has "${text}"`)].join(', ')}):\n${indent(firstLines(sentinel.message, 12))}`,
      );
    }
  }
  if (problems.length === 0 && execution.code === 0)
    problems.push('the runner exited 0 although the sentinel test failed');
  return problems.length === 0 ? { ok: true } : { ok: false, reason: problems.join('\n') };
}

function firstLines(text, count) {
  return text.trim().split('\n').slice(0, count).join('\n');
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
