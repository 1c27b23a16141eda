// No injected globals: tests import from @jest/globals, the matchers come from the jest-globals entry.
module.exports = {
  injectGlobals: false,
  setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};
