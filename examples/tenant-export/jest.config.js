/** @type {import('jest').Config} */
module.exports = { preset: '@auth0-actions-mock/jest' };
