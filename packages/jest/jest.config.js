// The adapter's own suite runs on the BUILT package (`pnpm run build` first; `pnpm test` does it), in Jest's
// CommonJS runtime, once per way a user can load it.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

const shared = {
  testEnvironment: 'node',
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
      preset: '<rootDir>/jest-preset.js',
      testMatch: ['<rootDir>/test/preset/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'setup-file',
      rootDir: __dirname,
      setupFilesAfterEnv: ['<rootDir>/dist/index.js'],
      testMatch: ['<rootDir>/test/setup-file/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'jest-globals',
      rootDir: __dirname,
      injectGlobals: false,
      setupFilesAfterEnv: ['<rootDir>/dist/jest-globals.js'],
      testMatch: ['<rootDir>/test/jest-globals/**/*.test.ts'],
    },
  ],
};
