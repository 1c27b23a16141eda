export { matchers } from './matchers/index.js';
