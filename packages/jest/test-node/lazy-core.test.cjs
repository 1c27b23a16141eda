// The CommonJS entries load core's index only when a test file first uses one of its exports
// (build/lazy-core-reexport.mjs): Jest compiles every module anew for each test file, so a setup file that
// loaded it would cost every file that never uses the library. Each check runs in a child process, so that
// require.cache starts empty.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');

/** Runs `body` in a fresh Node process, with a stand-in global `expect` (or `@jest/globals`), and returns its JSON. */
function inFreshProcess(body, { jestGlobals = false } = {}) {
  const prelude = `
    const expectStub = { extended: [], serializers: [], extend(matchers) { this.extended.push(...Object.keys(matchers)); }, addSnapshotSerializer(serializer) { this.serializers.push(serializer); } };
    ${
      jestGlobals
        ? `require.cache[require.resolve('@jest/globals')] = { id: 'stub', loaded: true, exports: { expect: expectStub } };`
        : 'globalThis.expect = expectStub;'
    }
    const coreIndex = require.resolve('@auth0-actions-mock/core');
    const loaded = () => coreIndex in require.cache;
  `;
  const output = execFileSync(process.execPath, ['-e', `${prelude}\n${body}`], { cwd: __dirname, encoding: 'utf-8' });
  return JSON.parse(output);
}

for (const [entry, jestGlobals] of [
  ['@auth0-actions-mock/jest', false],
  ['@auth0-actions-mock/jest/jest-globals', true],
]) {
  test(`${entry}: registering does not load core's index; the first use of an export does`, () => {
    const result = inFreshProcess(
      `
      const adapter = require('${entry}');
      const afterSetup = loaded();
      const names = Object.keys(adapter);
      const afterListing = loaded();
      const { FlowError, mockApi } = adapter;
      const afterUse = loaded();
      const core = require('@auth0-actions-mock/core');
      console.log(JSON.stringify({
        afterSetup, afterListing, afterUse,
        extended: expectStub.extended, serializers: expectStub.serializers.length,
        missing: Object.keys(core).filter((name) => !names.includes(name)),
        sameFlowError: FlowError === core.FlowError, sameMockApi: mockApi === core.mockApi,
      }));
    `,
      { jestGlobals },
    );
    assert.equal(result.afterSetup, false, 'the setup loaded core');
    assert.equal(result.afterListing, false, 'listing the exports loaded core');
    assert.equal(result.afterUse, true);
    assert.ok(result.extended.includes('toHaveDenied'));
    assert.equal(result.serializers, 1);
    assert.deepEqual(result.missing, [], 'every export of core is re-exported');
    assert.equal(result.sameFlowError, true, 'a re-export is core’s own value, so instanceof FlowError holds');
    assert.equal(result.sameMockApi, true);
  });
}
