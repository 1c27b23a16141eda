// Native ESM: run with `node --experimental-vm-modules node_modules/jest/bin/jest.js`; no transform.
export default {
  testMatch: ['**/*.test.mjs'],
  transform: {},
  setupFilesAfterEnv: ['@auth0-actions-mock/jest'],
};
