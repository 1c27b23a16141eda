// TypeScript under Vitest: the Vitest entry's ESM build, registered by the setup file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test, vi } from 'vitest';
import * as library from '@auth0-actions-mock/vitest';
import * as action from './action.cjs';
import { registerScenarios, runnerClock } from './scenarios.cjs';

registerScenarios({ test, afterEach, expect, library, action, clock: runnerClock(vi) });

// A project installs the adapter, not core: the adapter links `auth0-actions-mock` itself (pnpm links only the
// bins of a project's own dependencies), so `npx auth0-actions-mock` runs the command rather than a registry lookup.
test('npx auth0-actions-mock: the adapter links the command', () => {
  const bin = fileURLToPath(new URL('../node_modules/.bin/auth0-actions-mock', import.meta.url));
  const run = spawnSync(bin, ['run', fileURLToPath(new URL('./action.cjs', import.meta.url)), '--trigger', 'password-reset-post-challenge', '--json'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ trigger: 'password-reset-post-challenge', status: 'completed', actions: [{ name: 'action' }] });
});
