// The build's own helpers: the declaration twins (one declaration bundle per package, copied to the other module
// format) and the staleness check `pnpm bench` builds with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../build-if-stale.mjs';

const twins = fileURLToPath(new URL('../declaration-twins.mjs', import.meta.url));

function packageDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'build-scripts-'));
  mkdirSync(join(dir, 'dist'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'dist', name), text);
  return dir;
}

test('a .d.cts twin imports its chunks as .cjs, and nothing else changes', () => {
  const dir = packageDir({
    'index.d.ts': "import { F as FactorSelector } from './serializer-x.js';\nexport { a } from './serializer-x.js';\nimport 'vitest';\nexport declare const url: 'https://a.example/x.js';\n",
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
    assert.throws(() => execFileSync(process.execPath, [twins, '.d.ts:.d.cts'], { cwd: dir, stdio: 'pipe' }), /no \.d\.ts file/);
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
