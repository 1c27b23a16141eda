'use strict';
// `testEnvironment: '@auth0-actions-mock/jest/environment'` (the preset sets it): Jest's own Node environment, plus
// a loader that compiles auth0-actions-mock's CommonJS files once per worker instead of once per test file.
//
// Jest compiles every module anew for each test file (vm.compileFunction, no code cache), so a suite with a file
// per Action pays for parsing and compiling the library in every file. A vm.Script compiled once keeps its
// bytecode across contexts: each test file still runs the library's top level anew in its own context (a fresh
// instance, with that file's Array, Error, Promise and fake timers), and only the compiling is shared. Nothing else
// changes: the environment is jest-environment-node, and core's entry falls back to a plain require without it.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const LOADER = Symbol.for('auth0-actions-mock.compile-once.v1');
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The jest-environment-node of the Jest that is running: jest-runner depends on it and has been loaded by now (it
 * loads the environment), so Jest 29 gets Jest 29's. Then our own resolution, then the project's.
 */
function jestNodeEnvironment() {
  const runner = Object.keys(require.cache).find((file) => /[\\/]jest-runner[\\/]build[\\/]/.test(file));
  const candidates = [runner && createRequire(runner), require, createRequire(path.join(process.cwd(), 'noop.js'))];
  for (const from of candidates) {
    if (!from) continue;
    try {
      const loaded = from('jest-environment-node');
      return loaded.TestEnvironment ?? loaded.default ?? loaded;
    } catch {
      // try the next place
    }
  }
  throw new Error(
    "@auth0-actions-mock/jest/environment: cannot find jest-environment-node (it comes with Jest). Install it beside jest, or use testEnvironment: 'node' with setupFilesAfterEnv: ['@auth0-actions-mock/jest'].",
  );
}

// Compiled scripts by file, for the whole worker; a file whose text changed (a rebuild under --watch) compiles again.
const compiled = new Map();

function scriptFor(file) {
  const source = fs.readFileSync(file, 'utf8');
  const known = compiled.get(file);
  if (known && known.source === source) return known.script;
  const script = new vm.Script(`${WRAPPER}${source}\n})`, { filename: file, columnOffset: -WRAPPER.length });
  compiled.set(file, { source, script });
  return script;
}

/**
 * For one test file's context: loads `entry` and the library files it requires by relative path, each once per call
 * (as Jest's registry does per test file: `jest.resetModules()` re-requires the entry and gets a new instance).
 * Every other specifier goes to the entry's own `require`, Jest's, so mocks and the module registry still apply.
 */
function loaderFor(context) {
  return function load(entry, entryRequire) {
    const modules = new Map();
    const instantiate = (file) => {
      const known = modules.get(file);
      if (known) return known.exports;
      const module = { exports: {}, id: file, filename: file, loaded: false };
      modules.set(file, module);
      const directory = path.dirname(file);
      const localRequire = (specifier) =>
        specifier.startsWith('./') || specifier.startsWith('../')
          ? instantiate(path.resolve(directory, specifier))
          : entryRequire(specifier);
      scriptFor(file).runInContext(context).call(module.exports, module.exports, localRequire, module, file, directory);
      module.loaded = true;
      return module.exports;
    };
    return instantiate(entry);
  };
}

const NodeEnvironment = jestNodeEnvironment();

class Auth0ActionsMockEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.defineProperty(this.global, LOADER, { value: loaderFor(this.getVmContext()), configurable: true });
  }
}

module.exports = Auth0ActionsMockEnvironment;
module.exports.default = Auth0ActionsMockEnvironment;
module.exports.TestEnvironment = Auth0ActionsMockEnvironment;
