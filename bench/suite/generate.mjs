/**
 * Writes one runnable test project: `tests` tests for Vitest (ES modules) or Jest (CommonJS, no transform), in
 * one file or spread over `files` files, using the library or the hand-rolled baseline, with the runner's config
 * next to them.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as bodies from './test-bodies.mjs';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const local = (path) => JSON.stringify(join(benchDir, path));

/** The built workspace adapter, or undefined while there is none: ours then uses core and extends expect itself. */
export function adapterFor(runner) {
  const name = `@auth0-actions-mock/${runner}`;
  try {
    return existsSync(fileURLToPath(import.meta.resolve(name))) ? name : undefined;
  } catch {
    return undefined;
  }
}

const SHARED_CONSTANTS = `
const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'a-shared-secret-of-at-least-32-bytes!';
const START = Date.parse('2026-01-15T09:30:00Z');`;

function oursImports(kinds) {
  return ['mockApi', 'mockEvent', ...(kinds.includes('redirect') ? ['simulate'] : [])].join(', ');
}

function header(runner, side, kinds, source) {
  const esm = runner === 'vitest';
  const lines = [];
  const use = (names, from) => lines.push(esm ? `import ${names} from ${from};` : `const ${names} = require(${from});`);
  if (esm) lines.push("import { expect, test, vi } from 'vitest';");
  if (side === 'ours') use(`{ ${oursImports(kinds)} }`, JSON.stringify(source));
  use('denyAction', local('actions/deny-blocked-user.cjs'));
  use('verifyAction', local('actions/verify-elsewhere.cjs'));
  if (side === 'baseline') {
    use('{ mapCache }', local('baseline/map-cache.cjs'));
    use('{ sign, verify }', local('baseline/hs256.cjs'));
  }
  lines.push(SHARED_CONSTANTS);
  if (side === 'ours') lines.push('const cacheEvent = mockEvent(TRIGGER);');
  return lines.join('\n');
}

function testFile(runner, side, kinds, indexes, source) {
  const handle = runner === 'vitest' ? 'vi' : 'jest';
  const parts = [header(runner, side, kinds, source), ''];
  for (const index of indexes) {
    const kind = kinds[index % kinds.length];
    parts.push(
      `test(${JSON.stringify(`${bodies.TEST_NAMES[kind]} #${index}`)}, async () => {${bodies[side][kind](handle)}\n});\n`,
    );
  }
  return parts.join('\n');
}

/**
 * Each file takes a run of consecutive tests (the runs differ in length by one at most), and consecutive tests
 * cycle through the kinds, so every file of at least as many tests as kinds holds every kind. One file is
 * `suite.test.*`; several are `suite-1.test.*` and on, which the same pattern finds.
 */
function writeTestFiles(dir, runner, side, kinds, tests, files, source) {
  const extension = runner === 'vitest' ? 'mjs' : 'cjs';
  for (let file = 0; file < files; file += 1) {
    const indexes = [];
    for (let index = Math.floor((file * tests) / files); index < Math.floor(((file + 1) * tests) / files); index += 1)
      indexes.push(index);
    const name = files === 1 ? `suite.test.${extension}` : `suite-${file + 1}.test.${extension}`;
    writeFileSync(join(dir, name), testFile(runner, side, kinds, indexes, source));
  }
  return `suite*.test.${extension}`;
}

const PACKAGES = ['core', 'jest', 'vitest'];

/**
 * Puts the built packages in the project's own node_modules, as copies, the way an install from the registry
 * does. Through the workspace's symlinks they resolve outside any node_modules, and Vitest then runs them
 * through Vite's transform pipeline as if they were the project's source: about 300 ms per run that no user
 * pays. Peer dependencies (vitest, jest, expect) still resolve from the bench's own install, further up.
 */
function installPackagesLikeAUser(dir) {
  for (const name of PACKAGES) {
    const source = realpathSync(join(benchDir, 'node_modules', '@auth0-actions-mock', name));
    const target = join(dir, 'node_modules', '@auth0-actions-mock', name);
    const { files = [] } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    for (const entry of ['package.json', ...files].filter((file) => existsSync(join(source, file))))
      cpSync(join(source, entry), join(target, entry), { recursive: true });
  }
}

/**
 * Returns the directory and what the runner needs to run it. `side` is `ours`, `baseline`, or `registered`: the
 * baseline's tests with the library set up as for `ours` but unused, which measures what merely registering the
 * matchers costs a suite.
 */
export function generateSuite({ root, runner, side, kinds, tests, files = 1 }) {
  if (!Number.isInteger(files) || files < 1 || files > tests)
    throw new Error(`files must be a whole number from 1 to the number of tests (${tests}), not ${files}`);
  const dir = join(root, `${runner}-${side}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const withLibrary = side !== 'baseline';
  const bodies = side === 'ours' ? 'ours' : 'baseline';
  const adapter = withLibrary ? adapterFor(runner) : undefined;
  const source = adapter ?? '@auth0-actions-mock/core';
  const setupFiles = [];
  const setup = withLibrary ? (adapter ?? 'core matchers + expect.extend') : 'none';
  if (withLibrary) {
    installPackagesLikeAUser(dir);
    if (adapter) {
      setupFiles.push(adapter);
    } else if (runner === 'vitest') {
      writeFileSync(
        join(dir, 'setup-matchers.mjs'),
        "import { expect } from 'vitest';\nimport { matchers } from '@auth0-actions-mock/core/matchers';\n\nexpect.extend(matchers);\n",
      );
      setupFiles.push('./setup-matchers.mjs');
    } else {
      writeFileSync(
        join(dir, 'setup-matchers.cjs'),
        "expect.extend(require('@auth0-actions-mock/core/matchers').matchers);\n",
      );
      setupFiles.push('<rootDir>/setup-matchers.cjs');
    }
  }
  const report = join(dir, 'report.json');
  const pattern = writeTestFiles(dir, runner, bodies, kinds, tests, files, source);
  if (runner === 'vitest') {
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `export default ${JSON.stringify({ test: { include: [pattern], setupFiles } }, null, 2)};\n`,
    );
    return {
      dir,
      report,
      setup,
      args: [
        'run',
        '--root',
        dir,
        '--config',
        join(dir, 'vitest.config.mjs'),
        '--reporter=json',
        `--outputFile=${report}`,
      ],
    };
  }
  // Set up as the README's first Jest line does (the preset): its environment compiles the library once per worker.
  const config = {
    rootDir: dir,
    testEnvironment: withLibrary && adapter ? `${adapter}/environment` : 'node',
    transform: {},
    testMatch: [`<rootDir>/${pattern}`],
    cacheDirectory: join(dir, '.jest-cache'),
    watchman: false,
    setupFilesAfterEnv: setupFiles,
  };
  writeFileSync(join(dir, 'jest.config.cjs'), `module.exports = ${JSON.stringify(config, null, 2)};\n`);
  return {
    dir,
    report,
    setup,
    args: ['--config', join(dir, 'jest.config.cjs'), '--ci', '--json', `--outputFile=${report}`],
  };
}
