// `pnpm run demo:broken`: the same tests against broken/password-reset-redirect.js, a copy of the Action with a
// deliberate bug, to see the failure messages a newcomer would get. This run is expected to FAIL.
/** @type {import('jest').Config} */
module.exports = {
  preset: '@auth0-actions-mock/jest',
  moduleNameMapper: { '^\\.\\./src/password-reset-redirect$': '<rootDir>/broken/password-reset-redirect.js' },
};
