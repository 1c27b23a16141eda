'use strict';
// What `require('@auth0-actions-mock/core')` and `.../matchers` run: a few lines that hand the real file to the
// compile-once loader when the Jest environment of @auth0-actions-mock/jest installed one, else require it.
// Jest compiles every module anew for each test file (vm.compileFunction, no code cache); the loader compiles the
// library once per worker and runs it in each test file's own context, so every file still gets a fresh instance
// with its own realm's Array, Error and Promise. The protocol is versioned, so an older environment is ignored.
const LOADER = Symbol.for('auth0-actions-mock.compile-once.v1');

module.exports = function loadRuntime(file, localRequire, directory) {
  const load = globalThis[LOADER];
  return typeof load === 'function' ? load(`${directory}/${file}`, localRequire) : localRequire(`./${file}`);
};
