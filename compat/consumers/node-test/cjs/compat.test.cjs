// The set-up for any runner with the standalone expect package, in CommonJS.
const { afterEach, test } = require('node:test');
const { expect } = require('expect');
const { matchers } = require('@auth0-actions-mock/core/matchers');
const library = require('@auth0-actions-mock/core');
const { libraryClock, registerScenarios } = require('./scenarios.cjs');

expect.extend(matchers);
registerScenarios({ test, afterEach, expect, library, clock: libraryClock(library.installClock) });
require('./deployed.cjs').registerDeployedScenarios({ test, expect, library });
