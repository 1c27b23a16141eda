/** The framework-agnostic matchers, one per file. */
export const matchers = {};
