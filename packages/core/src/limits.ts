import { DEFAULT_CACHE_LIMITS, resolveCacheLimits, type CacheLimits } from './shared/cache.js';
import { argumentError, isPlainObject } from './shared/errors.js';
import { DEFAULT_PROMPT_LIMITS, type PromptLimits } from './shared/prompt-render.js';

export interface FlowLimits {
  /**
   * Time budget of one execution (from the start or a resumption until the flow pauses or ends), in ms of
   * `Date.now()` time. Docs: 20 seconds, restarted after a redirect.
   */
  executionTimeoutMs: number;
  /** `challengeWith` / `challengeWithAny` commands per flow, across Actions. Docs: 4; the fifth fails the flow. */
  maxChallengeCommands: number;
}

/** Every limit the mock enforces. Defaults follow the current Auth0 docs; see each field for the source. */
export interface Limits extends CacheLimits, PromptLimits, FlowLimits {}

export const DEFAULT_FLOW_LIMITS: Readonly<FlowLimits> = Object.freeze({
  executionTimeoutMs: 20_000,
  maxChallengeCommands: 4,
});

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  ...DEFAULT_CACHE_LIMITS,
  ...DEFAULT_PROMPT_LIMITS,
  ...DEFAULT_FLOW_LIMITS,
});

const CACHE_KEYS = new Set(Object.keys(DEFAULT_CACHE_LIMITS));

export function resolveLimits(fn: string, overrides: unknown): Readonly<Limits> {
  if (overrides === undefined) return DEFAULT_LIMITS;
  if (!isPlainObject(overrides)) throw argumentError(fn, 'options.limits', 'an object of limits', overrides);
  const known = new Set(Object.keys(DEFAULT_LIMITS));
  for (const [name, value] of Object.entries(overrides)) {
    if (!known.has(name)) {
      throw argumentError(fn, `options.limits.${name}`, `a known limit (${[...known].join(', ')})`, value);
    }
    if (!CACHE_KEYS.has(name) && (typeof value !== 'number' || !(value >= 0))) {
      throw argumentError(fn, `options.limits.${name}`, 'a non-negative number', value);
    }
  }
  const cacheOverrides = Object.fromEntries(Object.entries(overrides).filter(([name]) => CACHE_KEYS.has(name)));
  return Object.freeze({ ...DEFAULT_LIMITS, ...overrides, ...resolveCacheLimits(fn, cacheOverrides) });
}

export function hasCacheLimits(overrides: unknown): boolean {
  return isPlainObject(overrides) && Object.keys(overrides).some((name) => CACHE_KEYS.has(name));
}

export function cacheLimitsOf(limits: Readonly<Limits>): Partial<CacheLimits> {
  return Object.fromEntries([...CACHE_KEYS].map((name) => [name, limits[name as keyof Limits]])) as Partial<CacheLimits>;
}
