/** @type {import('jest').Config} */
module.exports = {
  preset: '@auth0-actions-mock/jest',
  // ts-jest compiles and type-checks each file: a wrong matcher argument fails the run, not only the editor.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
