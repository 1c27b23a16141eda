// Native ESM with injected globals: the library's ESM build; the Action as a module namespace.
import { jest } from '@jest/globals';
import * as library from '@auth0-actions-mock/jest';
import * as action from './action.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(jest) });
