import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import * as lib from '@auth0-actions-mock/vitest';
import { BROKEN_EXAMPLE, brokenExampleFailures, type ActionModule } from '../../core/test/matchers/broken-example.js';

// What a newcomer reads under Vitest when the example Action has a bug. The example is CommonJS: loaded with
// Node's require, as Auth0 loads an Action.
test('a broken copy of the jest-javascript example fails with messages that explain the bug', async () => {
  const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const action = createRequire(import.meta.url)(repositoryRoot + BROKEN_EXAMPLE) as ActionModule;
  const failures = await brokenExampleFailures({ lib, expect, action });
  for (const [bug, message] of Object.entries(failures)) expect(message).toMatchSnapshot(bug);
});
