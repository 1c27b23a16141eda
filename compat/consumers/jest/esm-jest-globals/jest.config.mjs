// Native ESM without injected globals: tests import from @jest/globals, the matchers come from the
// jest-globals entry, which Jest loads through its ESM build here.
export default {
  injectGlobals: false,
  testMatch: ['**/*.test.mjs'],
  transform: {},
  setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals'],
};
