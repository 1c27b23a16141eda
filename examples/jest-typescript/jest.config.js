/** @type {import('jest').Config} */
module.exports = {
  preset: '@auth0-actions-mock/jest',
  // With "isolatedModules" ts-jest only transpiles (fast, and what it asks for with module node16); the `test`
  // script runs tsc first, so a misspelt matcher or a wrong argument still fails the run.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
