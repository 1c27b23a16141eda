import path from 'node:path';
import * as lib from '@auth0-actions-mock/jest';
import {
  BROKEN_EXAMPLE,
  brokenExampleFailures,
  type ActionModule,
} from '../../../core/test/matchers/broken-example.js';

// What a newcomer reads under Jest when the example Action has a bug (run it: `pnpm --filter
// @auth0-actions-mock/example-jest-javascript run demo:broken`).
test('a broken copy of the jest-javascript example fails with messages that explain the bug', async () => {
  const action = require(path.resolve(__dirname, '../../../..', BROKEN_EXAMPLE)) as ActionModule;
  const failures = await brokenExampleFailures({ lib, expect, action });
  for (const [bug, message] of Object.entries(failures)) expect(message).toMatchSnapshot(bug);
});
