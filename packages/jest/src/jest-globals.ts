/**
 * `@auth0-actions-mock/jest/jest-globals`: for suites with `injectGlobals: false`. Adds the matchers to
 * `@jest/globals`' `expect`, and gives everything core exports.
 */
import './matchers-augmentation.js';
import { expect } from '@jest/globals';
import { matchers } from '@auth0-actions-mock/core/matchers';

expect.extend(matchers);

export * from '@auth0-actions-mock/core';
export * from '@auth0-actions-mock/core/matchers';
