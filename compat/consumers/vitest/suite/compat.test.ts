// TypeScript under Vitest: the Vitest entry's ESM build, registered by the setup file.
import { afterEach, expect, test, vi } from 'vitest';
import * as library from '@auth0-actions-mock/vitest';
import * as action from './action.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(vi) });
