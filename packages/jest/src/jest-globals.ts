/**
 * `@auth0-actions-mock/jest/jest-globals`: for suites with `injectGlobals: false`. Adds the matchers and the
 * snapshot serializer to `@jest/globals`' `expect`, and gives everything core exports.
 */
import './matchers-augmentation.js';
import { expect } from '@jest/globals';
import { matchers, snapshotSerializer } from '@auth0-actions-mock/core/matchers';

expect.extend(matchers);
expect.addSnapshotSerializer(snapshotSerializer);

export * from '@auth0-actions-mock/core';
export * from '@auth0-actions-mock/core/matchers';
