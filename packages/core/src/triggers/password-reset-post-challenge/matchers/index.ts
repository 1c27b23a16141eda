export { toHaveSetResultUrl } from './to-have-set-result-url.js';
export type { PostChallengeMatchers } from './matcher-types.js';
