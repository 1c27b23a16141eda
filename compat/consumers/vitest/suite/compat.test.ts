// TypeScript under Vitest: the Vitest entry's ESM build, registered by the setup file.
import { afterEach, expect, test, vi } from 'vitest';
import * as library from '@auth0-actions-mock/vitest';
import * as action from './action.cjs';
import { registerDeployedScenarios } from './deployed.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(vi) });

// loadTenant from the adapter's ESM build, and the bin pnpm or npm linked: a project installs the adapter, not core,
// so with pnpm the adapter's own bin is the command. Each command is a new process, which on a busy machine
// outlasts Vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });
registerDeployedScenarios({ test, expect, library });
