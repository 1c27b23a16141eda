// Native ESM with injected globals: the library's ESM build; the Action as a module namespace.
import { jest } from '@jest/globals';
import * as library from '@auth0-actions-mock/jest';
import * as action from './action.cjs';
import { registerDeployedScenarios } from './deployed.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(jest) });
// loadTenant from core's ESM build inside Jest's vm modules, and the linked bin; each command is a new process,
// which on a busy machine outlasts Jest's 5 s default.
jest.setTimeout(60_000);
registerDeployedScenarios({ test, expect, library });
