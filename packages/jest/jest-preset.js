// `preset: '@auth0-actions-mock/jest'`. Jest resolves paths in a preset from the user's rootDir, so the setup
// file is given as an absolute path. The environment is Jest's Node environment that compiles the library once per
// worker rather than once per test file (environment.js).
module.exports = {
  testEnvironment: require.resolve('./environment.js'),
  setupFilesAfterEnv: [require.resolve('./dist/index.js')],
};
