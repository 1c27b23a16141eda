// The second set-up line: the setup entry extends the global expect; ts-jest compiles the TypeScript.
module.exports = {
  setupFilesAfterEnv: ['@auth0-actions-mock/jest'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};
