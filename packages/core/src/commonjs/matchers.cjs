'use strict';
// What `require('@auth0-actions-mock/core/matchers')` runs: the matchers bundle, through the compile-once loader
// when there is one (see index.cjs).
const load = globalThis[Symbol.for('auth0-actions-mock.compile-once.v1')];
module.exports =
  typeof load === 'function' ? load(`${__dirname}/matchers-runtime.cjs`, require) : require('./matchers-runtime.cjs');
