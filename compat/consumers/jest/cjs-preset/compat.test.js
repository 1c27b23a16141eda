// CommonJS with the preset: Jest's injected globals, the library's CommonJS build.
const library = require('@auth0-actions-mock/jest');
const { registerScenarios, runnerClock } = require('./scenarios.cjs');

registerScenarios({ test, afterEach, expect, library, clock: runnerClock(jest) });
// loadTenant inside Jest's module registry, and the bin npm or pnpm linked for the adapter; each command is a new
// process, which on a busy machine outlasts Jest's 5 s default.
jest.setTimeout(60_000);
require('./deployed.cjs').registerDeployedScenarios({ test, expect, library });
