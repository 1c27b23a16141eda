/**
 * Mock objects are recognised by a registered symbol, never by class: an ESM and a CommonJS copy of core can be
 * loaded in one process (a Jest preset in CJS, a test file in ESM), and `instanceof` would fail across them.
 */
export const API_BRAND: unique symbol = Symbol.for('auth0-actions-mock.api') as never;
export const SIMULATION_BRAND: unique symbol = Symbol.for('auth0-actions-mock.simulation') as never;
export const CACHE_BRAND: unique symbol = Symbol.for('auth0-actions-mock.cache') as never;
/** A cache's operations with the caller's name for error messages: `api.cache.set()` reaches the store through it. */
export const CACHE_OPERATIONS: unique symbol = Symbol.for('auth0-actions-mock.cache-operations') as never;
