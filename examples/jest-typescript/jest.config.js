/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // No globals: tests import describe/expect/test from @jest/globals, and the matchers extend that expect.
  injectGlobals: false,
  setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals'],
  // With "isolatedModules" ts-jest only transpiles (fast, and what it asks for with module node16); the `test`
  // script runs tsc first, so a misspelt matcher or a wrong argument still fails the run.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
