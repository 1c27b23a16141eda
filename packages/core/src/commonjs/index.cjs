'use strict';
module.exports = require('./entry.cjs')('runtime.cjs', require, __dirname);
