#!/usr/bin/env node
/**
 * `node bench/diagnostics/fresh-context.cjs [redirect|deny|cache] [calls per context, 8] [contexts, 40]
 *   [per-file|once]`
 *
 * What the library costs at the start of each Jest test file, without Jest's own noise. Jest evaluates every
 * module anew for each test file, in a fresh vm context, compiled with vm.compileFunction (no code cache). This
 * does the same with core's CommonJS build, then times one kind of test: the first call (V8 compiles each
 * function it reaches, every inline cache starts empty) and the next ones. Try it with `node --no-lazy` to see how
 * much of the first call is compiling. `once` compiles each file once, as a vm.Script run in every context, which is
 * what @auth0-actions-mock/jest's test environment does: the bytecode V8 compiles on the first call is kept too.
 * A diagnostic for `bench/README.md`, not a scenario: it has no baseline.
 */
'use strict';
const vm = require('node:vm');
const { readFileSync } = require('node:fs');
const { dirname, resolve } = require('node:path');
const deny = require('../actions/deny-blocked-user.cjs');
const verify = require('../actions/verify-elsewhere.cjs');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'a-shared-secret-of-at-least-32-bytes!';
const KINDS = {
  async redirect(core) {
    const redirected = await core.simulate(verify, { trigger: TRIGGER, secrets: { SESSION_SECRET: SECRET } });
    await redirected.continue({ token: { secret: SECRET, payload: { verified: true } } });
  },
  async deny(core) {
    const event = core.mockEvent(TRIGGER, { user: { app_metadata: { reset_blocked: true } } });
    await deny.onExecutePostChallenge(event, core.mockApi(TRIGGER, { event }));
  },
  async cache(core) {
    const api = core.mockApi(TRIGGER, { event: core.mockEvent(TRIGGER) });
    for (let index = 0; index < 20; index += 1) {
      api.cache.set(`reset-attempt:${index}`, `{"attempts":${index + 1}}`, { ttl: 1000 + index * 50 });
      api.cache.get(`reset-attempt:${index}`);
    }
  },
};

const [kind = 'redirect', callsArg = '8', contextsArg = '40', compiling = 'per-file'] = process.argv.slice(2);
const calls = Number(callsArg);
const contexts = Number(contextsArg);
if (!(kind in KINDS) || !(calls >= 2) || !(contexts >= 1) || !['per-file', 'once'].includes(compiling)) {
  console.error(
    `usage: node bench/diagnostics/fresh-context.cjs [${Object.keys(KINDS).join('|')}] [calls per context >= 2] [contexts >= 1] [per-file|once]`,
  );
  process.exit(2);
}

const entry = require.resolve('@auth0-actions-mock/core');
const now = process.hrtime.bigint;
const micros = (since) => Number(now() - since) / 1e3;

const PARAMETERS = ['module', 'exports', 'require', '__dirname', '__filename'];

function compileInto(context, file) {
  return vm.compileFunction(readFileSync(file, 'utf-8'), PARAMETERS, {
    filename: file,
    parsingContext: context,
    importModuleDynamically() {
      throw new Error('not needed: core loads jose only on the async token path');
    },
  });
}

const scripts = new Map();

function compiledOnce(file) {
  if (!scripts.has(file)) {
    const source = `(function (${PARAMETERS.join(', ')}) {${readFileSync(file, 'utf-8')}\n})`;
    scripts.set(file, new vm.Script(source, { filename: file }));
  }
  return scripts.get(file);
}

/**
 * Core as a Jest test file gets it: every file of the build (its entry, the chunks it shares and the trigger files
 * it requires on first use) compiled anew into a fresh context, built-in and third-party modules shared with the host.
 */
function loadCoreInFreshContext() {
  const context = vm.createContext({
    Buffer,
    process,
    console,
    setTimeout,
    clearTimeout,
    setImmediate,
    queueMicrotask,
    structuredClone,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
  });
  const loaded = new Map();
  const load = (file) => {
    if (loaded.has(file)) return loaded.get(file).exports;
    const module = { exports: {} };
    loaded.set(file, module);
    const wrapper = compiling === 'once' ? compiledOnce(file).runInContext(context) : compileInto(context, file);
    const localRequire = (specifier) =>
      specifier.startsWith('.') ? load(resolve(dirname(file), specifier)) : require(specifier);
    wrapper.call(module.exports, module, module.exports, localRequire, dirname(file), file);
    return module.exports;
  };
  return load(entry);
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

(async () => {
  const load = [];
  const first = [];
  const next = [];
  for (let round = 0; round < contexts; round += 1) {
    let start = now();
    const core = loadCoreInFreshContext();
    load.push(micros(start));
    start = now();
    await KINDS[kind](core);
    first.push(micros(start));
    start = now();
    for (let call = 1; call < calls; call += 1) await KINDS[kind](core);
    next.push(micros(start) / (calls - 1));
  }
  const show = (value) => `${median(value).toFixed(0)} µs`;
  console.log(
    `${kind} (compiled ${compiling === 'once' ? 'once' : 'in every context'}), medians over ${contexts} fresh contexts: loading core ${show(load)}, first call ${show(first)}, each of the next ${calls - 1} ${show(next)}`,
  );
})();
