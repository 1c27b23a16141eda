// TypeScript through ts-jest without injected globals: everything from @jest/globals, the jest-globals entry.
import { afterEach, expect, jest, test } from '@jest/globals';
import * as library from '@auth0-actions-mock/jest/jest-globals';
import * as action from './action.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(jest), injectedGlobals: false });
