/**
 * `@auth0-actions-mock/jest`: the Jest setup entry. Loading it (preset or `setupFilesAfterEnv`) adds the
 * matchers to the global `expect`; importing it gives everything core exports.
 */
import './matchers-augmentation.js';
import { extendGlobalExpect } from './extend.js';

extendGlobalExpect();

export * from '@auth0-actions-mock/core';
export * from '@auth0-actions-mock/core/matchers';
