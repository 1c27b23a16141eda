export * from './matchers/index.js';
