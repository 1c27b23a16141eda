// `preset: '@auth0-actions-mock/jest'`. Jest resolves paths in a preset from the user's rootDir, so the setup
// file is given as an absolute path.
module.exports = {
  testEnvironment: 'node',
  setupFilesAfterEnv: [require.resolve('./dist/index.js')],
};
