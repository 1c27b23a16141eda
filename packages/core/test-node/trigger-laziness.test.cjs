// A test file pays only for the triggers it names: in the CommonJS build (what Jest runs) each trigger is a file of
// its own, required when a test first names it (build/lazy-triggers.mjs). Each check runs in a fresh Node
// process, so require.cache starts empty; Jest's registry requires the same files at the same moments.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '../dist');
// Every trigger the registry lists, so a trigger added to it is covered here without editing this file.
const ids = [...require(path.join(dist, 'index.cjs')).TRIGGER_IDS];
const builtFiles = fs.readdirSync(path.join(dist, 'triggers')).map((file) => path.basename(file, '.cjs'));

/** Runs `body` in a fresh process with `core` required; returns the trigger files loaded by then. */
function triggersLoadedBy(body) {
  const script = `
    const core = require(${JSON.stringify(path.join(dist, 'index.cjs'))});
    const matchers = require(${JSON.stringify(path.join(dist, 'matchers.cjs'))});
    Promise.resolve((async () => { ${body} })()).then(() => {
      const loaded = Object.keys(require.cache).filter((file) => file.includes(${JSON.stringify(`${path.sep}triggers${path.sep}`)}));
      console.log(JSON.stringify(loaded.map((file) => require('node:path').basename(file, '.cjs'))));
    });
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8' }));
}

test('every trigger folder is built as a file of its own', () => {
  const src = path.join(__dirname, '../src/triggers');
  const folders = fs
    .readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(src, entry.name, 'index.ts')))
    .map((entry) => entry.name);
  assert.deepEqual([...builtFiles].sort(), [...folders].sort());
});

test('the registry lists every built trigger, and only those: each one is checked below', () => {
  assert.ok(ids.length >= 11, `the registry lists ${ids.length} triggers`);
  assert.deepEqual([...ids].sort(), [...builtFiles].sort());
});

test('loading core and its matchers loads no trigger', () => {
  assert.deepEqual(triggersLoadedBy('Object.keys(matchers.matchers); Object.keys(core);'), []);
});

for (const id of ids) {
  test(`naming ${id} loads that trigger alone (mockEvent, mockApi, simulate)`, () => {
    assert.deepEqual(triggersLoadedBy(`core.mockEvent('${id}');`), [id]);
    assert.deepEqual(triggersLoadedBy(`core.mockApi('${id}');`), [id]);
    assert.deepEqual(
      triggersLoadedBy(`await core.simulate({ name: 'x', execute: 1 }, { trigger: '${id}' }).catch(() => {});`),
      [id],
    );
  });
}
