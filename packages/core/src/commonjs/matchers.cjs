'use strict';
module.exports = require('./entry.cjs')('matchers-runtime.cjs', require, __dirname);
