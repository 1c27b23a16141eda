'use strict';
// What `require('@auth0-actions-mock/core')` runs: it hands the real file to the compile-once loader when the Jest
// environment of @auth0-actions-mock/jest installed one, else requires it. Jest compiles every module anew for each
// test file (vm.compileFunction, no code cache); the loader compiles the library once per worker and runs it in each
// test file's own context, so every file still gets a fresh instance with its own realm's Array, Error and Promise.
// The protocol is versioned, so an older environment is ignored. The require is written out, not computed, so that
// bundlers and file tracers see which file this one needs; matchers.cjs is the same for the matchers.
const load = globalThis[Symbol.for('auth0-actions-mock.compile-once.v1')];
module.exports = typeof load === 'function' ? load(`${__dirname}/runtime.cjs`, require) : require('./runtime.cjs');
