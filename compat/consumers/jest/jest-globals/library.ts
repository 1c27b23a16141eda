// What the shared types.ts checks in this cell: the jest-globals entry and @jest/globals' expect.
export { expect } from '@jest/globals';
export * from '@auth0-actions-mock/jest/jest-globals';
