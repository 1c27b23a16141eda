import { DEFAULT_CACHE_LIMITS, resolveCacheLimits, type CacheLimits } from './mechanisms/cache/cache.js';
import { argumentError, isPlainObject } from './util/errors.js';
import { unknownOptionError } from './util/known-options.js';
import { DEFAULT_PROMPT_LIMITS, type PromptLimits } from './mechanisms/prompt/prompt-render.js';
import { freeze, fromEntries, objectEntries, objectKeys } from './util/intrinsics.js';

export interface FlowLimits {
  /**
   * Time budget of one execution (from the start or a resumption until the flow pauses or ends), in ms of
   * `Date.now()` time. Docs: 20 seconds, restarted after a redirect.
   */
  executionTimeoutMs: number;
  /** `challengeWith` / `challengeWithAny` commands per flow, across Actions. Docs: 4; the fifth fails the flow. */
  maxChallengeCommands: number;
  /**
   * Log output kept per handler call (console, stdout and stderr), in UTF-8 bytes, each line counting its
   * newline. The runtime's harness buffers 256 KiB per execution; past it, the logs end with a line saying they
   * were cut. `Infinity` keeps everything.
   */
  maxLogBytes: number;
}

/** Every limit the mock enforces. Defaults follow the current Auth0 docs; see each field for the source. */
export interface Limits extends CacheLimits, PromptLimits, FlowLimits {}

export const DEFAULT_FLOW_LIMITS: Readonly<FlowLimits> = freeze({
  executionTimeoutMs: 20_000,
  maxChallengeCommands: 4,
  maxLogBytes: 256 * 1024,
});

export const DEFAULT_LIMITS: Readonly<Limits> = freeze({
  ...DEFAULT_CACHE_LIMITS,
  ...DEFAULT_PROMPT_LIMITS,
  ...DEFAULT_FLOW_LIMITS,
});

const CACHE_KEYS = new Set(objectKeys(DEFAULT_CACHE_LIMITS));

export function resolveLimits(fn: string, overrides: unknown): Readonly<Limits> {
  if (overrides === undefined) return DEFAULT_LIMITS;
  if (!isPlainObject(overrides)) throw argumentError(fn, 'options.limits', 'an object of limits', overrides);
  const known = new Set(objectKeys(DEFAULT_LIMITS));
  for (const [name, value] of objectEntries(overrides)) {
    if (!known.has(name)) {
      throw unknownOptionError(fn, `options.limits.${name}`, name, [...known], value, false, 'limit');
    }
    if (!CACHE_KEYS.has(name) && (typeof value !== 'number' || !(value >= 0))) {
      throw argumentError(fn, `options.limits.${name}`, 'a non-negative number', value);
    }
  }
  const cacheOverrides = fromEntries(objectEntries(overrides).filter(([name]) => CACHE_KEYS.has(name)));
  return freeze({ ...DEFAULT_LIMITS, ...overrides, ...resolveCacheLimits(fn, cacheOverrides) });
}

export function hasCacheLimits(overrides: unknown): boolean {
  return isPlainObject(overrides) && objectKeys(overrides).some((name) => CACHE_KEYS.has(name));
}

/** The cache limits among `limits`; `undefined` for the defaults, which createCache() then takes as they are. */
export function cacheLimitsOf(limits: Readonly<Limits>): Partial<CacheLimits> | undefined {
  if (limits === DEFAULT_LIMITS) return undefined;
  return fromEntries([...CACHE_KEYS].map((name) => [name, limits[name as keyof Limits]]));
}
