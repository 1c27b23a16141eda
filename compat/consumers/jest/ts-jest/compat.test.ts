// TypeScript through ts-jest with @types/jest globals and the main entry's CommonJS build.
import * as library from '@auth0-actions-mock/jest';
import * as action from './action.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(jest) });
