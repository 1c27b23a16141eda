// A test file that never loads a deployed Action pays nothing for loadAction and loadTenant: in the CommonJS build
// (what Jest runs) they are dist/deployed.cjs, required on their first call (build/lazy-deployed.mjs). The matchers
// are one file, so a Jest setup file that registers them loads no chunk of the index. Each check runs in a fresh
// Node process, so require.cache starts empty.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const dist = path.join(__dirname, '../dist');

/** Runs `body` in a fresh process with core required; returns the dist files loaded by then, relative to dist/. */
function filesLoadedBy(body, { withIndex = true } = {}) {
  const script = `
    ${withIndex ? `const core = require(${JSON.stringify(path.join(dist, 'index.cjs'))});` : ''}
    Promise.resolve((async () => { ${body} })()).then(() => {
      const loaded = Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(dist + path.sep)}));
      console.log(JSON.stringify(loaded.map((file) => require('node:path').relative(${JSON.stringify(dist)}, file))));
    });
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8' }));
}

test('loading core, or building an event, an api and a simulation, does not load deployed.cjs', () => {
  const body =
    "core.mockApi('post-login', { event: core.mockEvent('post-login') }); await core.simulate({ onExecutePostLogin: async () => {} }, { trigger: 'post-login' });";
  const loaded = filesLoadedBy(body);
  assert.ok(loaded.includes('index.cjs'), loaded.join(', '));
  assert.ok(!loaded.includes('deployed.cjs'), `loaded ${loaded.join(', ')}`);
});

test('loadAction loads deployed.cjs on its first call, and works through the lazy export', () => {
  const action = path.join(__dirname, '../test/deployed/fixtures/single/greeting.js');
  const loaded = filesLoadedBy(
    `const module = await core.loadAction(${JSON.stringify(action)}); if (typeof module !== 'object') throw new Error('no module');`,
  );
  assert.ok(loaded.includes('deployed.cjs'), `loaded ${loaded.join(', ')}`);
});

test('loadTenant rejects through the lazy export as it does directly', () => {
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      `require(${JSON.stringify(path.join(dist, 'index.cjs'))}).loadTenant('/no/such/export').catch((error) => console.log(error.message))`,
    ],
    { encoding: 'utf-8' },
  );
  assert.match(out, /does not exist/);
});

test('the matchers are one file behind their entry: registering them loads nothing else of core', () => {
  assert.deepEqual(
    filesLoadedBy(`require(${JSON.stringify(path.join(dist, 'matchers.cjs'))});`, { withIndex: false }).sort(),
    ['matchers-runtime.cjs', 'matchers.cjs'],
  );
});
