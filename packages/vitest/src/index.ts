/**
 * `@auth0-actions-mock/vitest`: the Vitest setup entry (`setupFiles: ['@auth0-actions-mock/vitest']`). Adds the
 * matchers and the snapshot serializer to Vitest's own `expect` (imported from 'vitest': there is no global one
 * without `globals: true`), and gives everything core exports.
 */
import './matchers-augmentation.js';
import { expect } from 'vitest';
import { snapshotSerializer } from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';

expect.extend(matchers);
expect.addSnapshotSerializer(snapshotSerializer);

export * from '@auth0-actions-mock/core';
export * from '@auth0-actions-mock/core/matchers';
