import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, tail } from './exec.mjs';
import { COMPAT_ROOT } from './workspace.mjs';
import { judgeRun, readJestShapedResults, readNodeTestResults, requiredPassing } from './verdict.mjs';

const TEST_TIMEOUT_MS = 180_000;

/** `tsc --noEmit` with the cell's own tsconfig (each has `skipLibCheck: false`, so our .d.ts files are checked). */
export async function typecheckCell(cell, projectDir, logDir) {
  const result = await run(
    process.execPath,
    [
      join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
      '-p',
      join(projectDir, cell.dir, 'tsconfig.json'),
    ],
    {
      cwd: join(projectDir, cell.dir),
      log: join(logDir, `${slug(cell.id)}.types.log`),
      timeoutMs: TEST_TIMEOUT_MS,
    },
  );
  if (result.code === 0) return { ok: true, ms: result.ms };
  return { ok: false, ms: result.ms, reason: `tsc --noEmit failed\n${tail(result.stdout + result.stderr, 20)}` };
}

/** Runs the cell's suite with its runner and judges the outcome test by test. */
export async function testCell(cell, projectDir, node, workDir, logDir) {
  const cellDir = join(projectDir, cell.dir);
  const out = join(workDir, 'results', `${slug(cell.id)}.json`);
  rmSync(out, { force: true });
  mkdirSync(dirname(out), { recursive: true });
  const { args, read } = commandFor(cell, projectDir, cellDir, out, workDir);
  const execution = await run(node.path, [...(cell.nodeArgs ?? []), ...args], {
    cwd: cellDir,
    log: join(logDir, `${slug(cell.id)}.tests.log`),
    timeoutMs: TEST_TIMEOUT_MS,
  });
  let results;
  try {
    results = read(out);
  } catch (error) {
    return {
      ok: false,
      ms: execution.ms,
      reason: `unreadable results: ${error.message}\n${tail(execution.stdout + execution.stderr)}`,
    };
  }
  return { ms: execution.ms, ...judgeRun(results, execution, requiredPassing(cell)) };
}

function commandFor(cell, projectDir, cellDir, out, workDir) {
  const bin = (...path) => join(projectDir, 'node_modules', ...path);
  switch (cell.kind) {
    case 'jest':
      return {
        args: [
          bin('jest', 'bin', 'jest.js'),
          '--config',
          join(cellDir, cell.config),
          '--ci',
          '--runInBand',
          '--cacheDirectory',
          join(workDir, 'jest-cache', slug(cell.id)),
          '--json',
          '--outputFile',
          out,
        ],
        read: readJestShapedResults,
      };
    case 'vitest':
      return {
        args: [
          bin('vitest', 'vitest.mjs'),
          'run',
          '--config',
          join(cellDir, cell.config),
          '--root',
          cellDir,
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${out}`,
        ],
        read: readJestShapedResults,
      };
    case 'node-test':
      return {
        args: [
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          `--test-reporter=${join(COMPAT_ROOT, 'reporters', 'node-test-json.mjs')}`,
          `--test-reporter-destination=${out}`,
          cell.file,
        ],
        read: readNodeTestResults,
      };
    default:
      throw new Error(`unknown cell kind ${cell.kind}`);
  }
}

export function slug(id) {
  return id.replace(/[^\w.-]+/g, '_');
}
