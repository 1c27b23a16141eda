// Jest 30 on Node 20, CommonJS, no transform: proves the BUILT package (dist/index.cjs, reached through the
// package name) loads and behaves in Jest's vm realm. Run `pnpm --filter @auth0-actions-mock/core build` first.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.cjs'],
  transform: {},
};
