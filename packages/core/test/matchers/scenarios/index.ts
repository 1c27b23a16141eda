import type { Scenario } from './tools.js';
import { toHaveCached } from './to-have-cached.js';
import { toHaveChallengedWith } from './to-have-challenged-with.js';
import { toHaveChallengedWithAny } from './to-have-challenged-with-any.js';
import { toHaveDenied } from './to-have-denied.js';
import { toHaveRenderedPrompt } from './to-have-rendered-prompt.js';
import { toHaveSetResultUrl } from './to-have-set-result-url.js';
import { toRedirectTo } from './to-redirect-to.js';

export * from './tools.js';

/** Every matcher's scenarios, by matcher name. */
export const scenarios: Record<string, Scenario[]> = {
  toHaveDenied,
  toHaveChallengedWith,
  toHaveChallengedWithAny,
  toRedirectTo,
  toHaveSetResultUrl,
  toHaveRenderedPrompt,
  toHaveCached,
};
