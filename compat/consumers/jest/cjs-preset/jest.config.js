// The one-line set-up: the preset registers the matchers on Jest's global expect.
module.exports = { preset: '@auth0-actions-mock/jest' };
