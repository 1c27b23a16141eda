import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs the separate project in test-isolation/ in a child Vitest (2 forked workers) and reads its JSON report:
 * two suites that mutate module-level caches, the clock and globals at the same time must not see each other,
 * and a fake clock installed by a failing test must be gone for the next test (the afterEach pattern).
 */
const coreRoot = fileURLToPath(new URL('../..', import.meta.url));
const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

interface AssertionResult {
  title: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
  failureMessages: string[];
}

interface Report {
  testResults: Array<{ name: string; assertionResults: AssertionResult[] }>;
}

let workDir: string;
let report: Report;
let childOutput: string;

function resultsOf(fileEnd: string): AssertionResult[] {
  const file = report.testResults.find((result) => result.name.replaceAll('\\', '/').endsWith(fileEnd));
  if (!file) throw new Error(`the child run has no results for ${fileEnd}:\n${childOutput}`);
  return file.assertionResults;
}

function statusOf(fileEnd: string, title: string): string {
  const result = resultsOf(fileEnd).find((assertion) => assertion.title === title);
  if (!result) throw new Error(`no test "${title}" in ${fileEnd}`);
  return result.status;
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'auth0-actions-mock-isolation-'));
  const outputFile = join(workDir, 'report.json');
  // The child is a fresh Vitest run: none of this worker's Vitest variables may leak into it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TINYPOOL_WORKER_ID'),
  );
  const child = spawnSync(
    process.execPath,
    [vitestBin, 'run', '--config', 'test-isolation/vitest.config.ts', '--reporter=json', `--outputFile=${outputFile}`],
    {
      cwd: coreRoot,
      env: { ...env, ISOLATION_RENDEZVOUS_DIR: join(workDir, 'rendezvous'), NO_COLOR: '1' },
      encoding: 'utf-8',
      timeout: 170_000,
    },
  );
  childOutput = `${child.stdout ?? ''}\n${child.stderr ?? ''}`;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf-8')) as Report;
  } catch (error) {
    throw new Error(`the child Vitest run wrote no report (${String(error)}):\n${childOutput}`);
  }
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('two suites in parallel forked workers share nothing', () => {
  it('runs both suites to success: each saw only its own module-level cache, module record, global and fake clock', () => {
    for (const suite of ['suite-a', 'suite-b']) {
      const results = resultsOf(`test-isolation/parallel/${suite}.fixture.ts`);
      expect(results.length).toBe(2);
      for (const result of results) expect(result.status, result.failureMessages.join('\n')).toBe('passed');
    }
  });

  it('ran the two suites at the same time in two different processes (they met halfway)', () => {
    const markers = readdirSync(join(workDir, 'rendezvous')).filter((name) => name.startsWith('mutated-'));
    expect(markers.sort()).toEqual(['mutated-a.json', 'mutated-b.json']);
    const pids = markers.map(
      (name) => (JSON.parse(readFileSync(join(workDir, 'rendezvous', name), 'utf-8')) as { pid: number }).pid,
    );
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(process.pid);
  });
});

describe('a test that installs a fake clock and fails leaves Date restored (afterEach(() => clock.uninstall()))', () => {
  const file = 'test-isolation/clock/failing-test-restores-date.fixture.ts';

  it('the fixture tests that fail on purpose did fail', () => {
    expect(statusOf(file, 'fails on purpose (synchronously) while a fake clock is installed')).toBe('failed');
    expect(
      statusOf(
        file,
        'fails on purpose (asynchronously, after tickAsync) while a fake clock with fake timers is installed',
      ),
    ).toBe('failed');
  });

  it('the next test sees the real Date after a synchronous failure', () => {
    expect(statusOf(file, 'sees the real Date after a synchronous failure')).toBe('passed');
  });

  it('the next test sees the real Date and real timers after an asynchronous failure', () => {
    expect(statusOf(file, 'sees the real Date and real timers after an asynchronous failure')).toBe('passed');
  });
});
