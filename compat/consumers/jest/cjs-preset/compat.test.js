// CommonJS with the preset: Jest's injected globals, the library's CommonJS build.
const library = require('@auth0-actions-mock/jest');
const { registerScenarios, runnerClock } = require('./scenarios.cjs');

registerScenarios({ test, afterEach, expect, library, clock: runnerClock(jest) });
