// The fresh-context diagnostic that bench/README.md quotes keeps running against the current build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const script = fileURLToPath(new URL('../diagnostics/fresh-context.cjs', import.meta.url));

for (const kind of ['redirect', 'deny', 'cache']) {
  test(`fresh-context ${kind}`, () => {
    const output = execFileSync(process.execPath, [script, kind, '2', '1'], { encoding: 'utf-8' });
    assert.match(
      output,
      new RegExp(
        `^${kind}, medians over 1 fresh contexts: loading core \\d+ µs, first call \\d+ µs, each of the next 1 \\d+ µs\\n$`,
      ),
    );
  });
}

test('fresh-context refuses an unknown kind', () => {
  assert.throws(
    () => execFileSync(process.execPath, [script, 'nope'], { encoding: 'utf-8', stdio: 'pipe' }),
    (error) => error.status === 2 && /usage:/.test(error.stderr),
  );
});
