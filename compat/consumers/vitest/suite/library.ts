// What the shared types.ts checks in this cell: the Vitest entry and Vitest's expect.
export { expect } from 'vitest';
export * from '@auth0-actions-mock/vitest';
