// The fresh-context diagnostic that bench/README.md quotes keeps running against the current build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const script = fileURLToPath(new URL('../diagnostics/fresh-context.cjs', import.meta.url));

for (const kind of ['redirect', 'deny', 'cache']) {
  for (const [compiling, label] of [
    ['per-file', 'in every context'],
    ['once', 'once'],
  ]) {
    test(`fresh-context ${kind}, compiled ${label}`, () => {
      const output = execFileSync(process.execPath, [script, kind, '2', '1', compiling], { encoding: 'utf-8' });
      assert.match(
        output,
        new RegExp(
          `^${kind} \\(compiled ${label}\\), medians over 1 fresh contexts: loading core \\d+ µs, first call \\d+ µs, each of the next 1 \\d+ µs\\n$`,
        ),
      );
    });
  }
}

test('fresh-context refuses an unknown kind or way of compiling', () => {
  for (const args of [['nope'], ['deny', '2', '1', 'twice']]) {
    assert.throws(
      () => execFileSync(process.execPath, [script, ...args], { encoding: 'utf-8', stdio: 'pipe' }),
      (error) => error.status === 2 && /usage:/.test(error.stderr),
    );
  }
});
