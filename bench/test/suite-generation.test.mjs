// The suite scenario's generator: one file or several, each holding every kind, and a runner config that finds
// exactly them. A broken pattern would time a run of no tests, which the scenario's pass count would catch only
// in a full run.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { generateSuite } from '../suite/generate.mjs';

const root = mkdtempSync(join(tmpdir(), 'bench-suite-'));
after(() => rmSync(root, { recursive: true, force: true }));
const kinds = ['deny', 'cache', 'redirect'];

const testNames = (source) => [...source.matchAll(/^test\("([^"]+)"/gm)].map((match) => match[1]);

for (const runner of ['jest', 'vitest']) {
  test(`${runner}: one file holds every test`, () => {
    const project = generateSuite({ root, runner, side: 'ours', kinds, tests: 7 });
    const files = readdirSync(project.dir).filter((name) => name.includes('.test.'));
    assert.deepEqual(files, [runner === 'jest' ? 'suite.test.cjs' : 'suite.test.mjs']);
    assert.equal(testNames(readFileSync(join(project.dir, files[0]), 'utf-8')).length, 7);
  });

  test(`${runner}: --files spreads the tests, each file with every kind, and the config finds them all`, () => {
    const project = generateSuite({ root, runner, side: 'baseline', kinds, tests: 10, files: 3 });
    const files = readdirSync(project.dir)
      .filter((name) => name.includes('.test.'))
      .sort();
    const extension = runner === 'jest' ? 'cjs' : 'mjs';
    assert.deepEqual(
      files,
      [1, 2, 3].map((file) => `suite-${file}.test.${extension}`),
    );
    const names = files.map((file) => testNames(readFileSync(join(project.dir, file), 'utf-8')));
    assert.deepEqual(
      names.map((list) => list.length),
      [3, 3, 4],
    );
    assert.equal(new Set(names.flat()).size, 10, 'every test is written once');
    for (const list of names) {
      for (const kind of ['denies', 'expires', 'verifies'])
        assert.ok(
          list.some((name) => name.startsWith(kind)),
          `${kind} in ${list}`,
        );
    }
    const config = readFileSync(
      join(project.dir, runner === 'jest' ? 'jest.config.cjs' : 'vitest.config.mjs'),
      'utf-8',
    );
    assert.match(config, new RegExp(`suite\\*\\.test\\.${extension}`));
  });
}

test('refuses more files than tests', () => {
  assert.throws(
    () => generateSuite({ root, runner: 'jest', side: 'ours', kinds, tests: 2, files: 3 }),
    /files must be a whole number from 1 to the number of tests \(2\), not 3/,
  );
});
