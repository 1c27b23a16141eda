import { createCache } from '../../src/index.js';

/**
 * Module-level state a test suite might share by accident: a cache created at import time and a mutable record.
 * Each worker must get its own copy.
 */
export const moduleCache = createCache();

export const moduleRecord: { owner?: string; writes: number } = { writes: 0 };

declare global {
  var isolationOwner: string | undefined;
}
