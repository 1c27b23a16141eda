// The build's own helpers: the declaration twins (one declaration bundle per package, copied to the other module
// format), the adapters' file-by-file declarations, package scripts run without pnpm, and the staleness check
// `pnpm bench` builds with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../build-if-stale.mjs';
import { runScriptQuietly, runStepsQuietly, scriptSteps } from '../package-script.mjs';

const twins = fileURLToPath(new URL('../declaration-twins.mjs', import.meta.url));
const isolated = fileURLToPath(new URL('../isolated-declarations.mjs', import.meta.url));
const typescript = fileURLToPath(new URL('../../packages/vitest/node_modules/typescript', import.meta.url));

function packageDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'build-scripts-'));
  mkdirSync(join(dir, 'dist'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'dist', name), text);
  return dir;
}

test('a .d.cts twin imports its chunks as .cjs, and nothing else changes', () => {
  const dir = packageDir({
    'index.d.ts':
      "import { F as FactorSelector } from './serializer-x.js';\nexport { a } from './serializer-x.js';\nimport 'vitest';\nexport declare const url: 'https://a.example/x.js';\n",
    'serializer-x.d.ts': 'export type F = string;\n',
    'index.d.cts': 'stale',
  });
  try {
    execFileSync(process.execPath, [twins, '.d.ts:.d.cts'], { cwd: dir });
    assert.equal(
      readFileSync(join(dir, 'dist', 'index.d.cts'), 'utf8'),
      "import { F as FactorSelector } from './serializer-x.cjs';\nexport { a } from './serializer-x.cjs';\nimport 'vitest';\nexport declare const url: 'https://a.example/x.js';\n",
    );
    assert.equal(readFileSync(join(dir, 'dist', 'serializer-x.d.cts'), 'utf8'), 'export type F = string;\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a .d.mts twin rewrites a bare relative import ('./index.js' to './index.mjs')", () => {
  const dir = packageDir({ 'jest-globals.d.ts': "import './index.js';\n" });
  try {
    execFileSync(process.execPath, [twins, '.d.ts:.d.mts'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'dist', 'jest-globals.d.mts'), 'utf8'), "import './index.mjs';\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fails, saying why, when the declaration build wrote nothing', () => {
  const dir = packageDir({});
  try {
    assert.throws(
      () => execFileSync(process.execPath, [twins, '.d.ts:.d.cts'], { cwd: dir, stdio: 'pipe' }),
      /no \.d\.ts file/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A package with these sources under src/ and the TypeScript the adapters build with. */
function sourcePackage(files) {
  const dir = mkdtempSync(join(tmpdir(), 'build-scripts-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(typescript, join(dir, 'node_modules', 'typescript'), 'junction');
  writeFileSync(join(dir, 'package.json'), '{}\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'src', name), text);
  return dir;
}

test('isolated declarations: each entry and what it imports relatively, with the banner, type-only imports gone', () => {
  const dir = sourcePackage({
    'index.ts': "import './augment.js';\nimport { run } from './run.js';\nrun();\nexport * from 'core';\n",
    'augment.ts': "import type { T } from 'core';\ndeclare module 'vitest' {\n  interface M extends T {}\n}\n",
    'run.ts': 'export function run(): void {}\n',
  });
  try {
    execFileSync(process.execPath, [isolated, '--banner', "import 'vitest';", 'src/index.ts'], { cwd: dir });
    const read = (name) => readFileSync(join(dir, 'dist', name), 'utf8');
    assert.equal(read('index.d.ts'), "import 'vitest';\nimport './augment.js';\nexport * from 'core';\n");
    assert.match(read('augment.d.ts'), /^import 'vitest';\nimport type \{ T \} from 'core';\ndeclare module 'vitest'/);
    // Only what the declarations reach: index.d.ts no longer imports run.
    assert.equal(existsSync(join(dir, 'dist', 'run.d.ts')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('isolated declarations: fails, naming the file and line, when an export needs inference', () => {
  const dir = sourcePackage({ 'index.ts': "export * from 'core';\nexport const doubled = [1].map((n) => n * 2);\n" });
  try {
    assert.throws(
      () => execFileSync(process.execPath, [isolated, 'src/index.ts'], { cwd: dir, stdio: 'pipe' }),
      (error) => /src\/index\.ts:2:\d+: Variable must have an explicit type annotation/.test(String(error.stderr)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a package script runs step by step, `pnpm run <name>` in place, with node_modules/.bin on PATH', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-scripts-'));
  const scripts = {
    test: 'tsc -p tsconfig.json && pnpm run test:unit && greet world',
    'test:unit': 'node -e "console.log(1)"',
    fails: 'node -e "process.exit(3)" && greet never',
  };
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.bin', 'greet'), '#!/bin/sh\necho "hello $1"\n', { mode: 0o755 });
    assert.deepEqual(scriptSteps(dir, 'test'), ['tsc -p tsconfig.json', 'node -e "console.log(1)"', 'greet world']);
    const { code, output } = await runScriptQuietly(dir, 'test:unit');
    assert.deepEqual({ code, output }, { code: 0, output: '1\n' });
    if (process.platform !== 'win32') {
      assert.deepEqual(await runScriptQuietly(dir, 'fails'), { code: 3, output: '' });
      const steps = scriptSteps(dir, 'test').slice(1);
      assert.deepEqual(await runStepsQuietly(dir, steps), { code: 0, output: '1\nhello world\n' });
    }
    assert.throws(() => scriptSteps(dir, 'missing'), /has no "missing" script/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the packages are stale when a dist/ is missing or older than a source, current otherwise', () => {
  const root = mkdtempSync(join(tmpdir(), 'build-stale-'));
  const pkg = join(root, 'packages', 'core');
  try {
    mkdirSync(join(pkg, 'src'), { recursive: true });
    writeFileSync(join(pkg, 'src', 'index.ts'), 'export {};\n');
    assert.equal(staleReason(root, ['core']), 'packages/core has not been built');
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'index.js'), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(pkg, 'src', 'index.ts'), past, past);
    assert.equal(staleReason(root, ['core']), undefined);
    utimesSync(join(pkg, 'dist', 'index.js'), new Date(past.getTime() - 60_000), new Date(past.getTime() - 60_000));
    assert.equal(staleReason(root, ['core']), 'packages/core changed since its last build');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
