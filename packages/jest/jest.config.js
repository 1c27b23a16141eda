// The adapter's own suite runs on the BUILT package (`pnpm test` builds first), in Jest's CommonJS runtime, once
// per set-up line a user can write. The names resolve to this package itself (a package can import its own
// name through its "exports"), so the preset, the setup entry and jest-globals are found exactly as in a user's
// project.
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
];

// No testEnvironment here: a project's own key would override the preset's (its compile-once environment).
const shared = {
  transform: { '^.+\\.ts$': swc },
  // Test sources import with ESM-style `.js` specifiers that point at `.ts` files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'preset',
      rootDir: __dirname,
      preset: '@auth0-actions-mock/jest',
      testMatch: ['<rootDir>/test/preset/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'setup-file',
      rootDir: __dirname,
      setupFilesAfterEnv: ['@auth0-actions-mock/jest'],
      testMatch: ['<rootDir>/test/setup-file/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'jest-globals',
      rootDir: __dirname,
      injectGlobals: false,
      setupFilesAfterEnv: ['@auth0-actions-mock/jest/jest-globals'],
      testMatch: ['<rootDir>/test/jest-globals/**/*.test.ts'],
    },
  ],
};
