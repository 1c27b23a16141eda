import { emptyEffects } from './api-parts/action-effects.js';
import type { ApiContext, ApiInternals } from './api-parts/api-context.js';
import { hasCacheLimits, cacheLimitsOf, resolveLimits, type Limits } from './limits.js';
import type { TriggerDefinition } from './triggers/trigger-definition.js';
import { mockEvent } from './mock-event.js';
import { createCache, isMockCache, type MockCache } from './shared/cache.js';
import { argumentError, isPlainObject } from './shared/errors.js';
import { assertKnownOptions } from './shared/known-options.js';
import { Recorder } from './shared/recorder.js';
import { resolveTrigger, type ApiOf, type EventOf, type TriggerName } from './triggers/registry.js';

export interface MockApiOptions<E = unknown> {
  /** The event the api acts on (tokens read its user and request). Default: `mockEvent(trigger)`. */
  event?: E;
  /** A cache shared with other apis or simulations, as the runtime shares one cache per trigger. */
  cache?: MockCache;
  /** Override any limit; cache limits apply to the cache this call creates (give a shared cache its own). */
  limits?: Partial<Limits>;
  /**
   * Also require a session token's `iss` to equal `event.request.hostname`. UNVERIFIED in production (the
   * external site signs with its own issuer), so off by default.
   */
  validateIssuer?: boolean;
}

/** Every option mockApi() takes: a new option is added here and to MockApiOptions. */
const MOCK_API_OPTIONS = ['event', 'cache', 'limits', 'validateIssuer'];

export function mockApi<T extends TriggerName>(trigger: T, options?: MockApiOptions<EventOf<T>>): ApiOf<T>;
export function mockApi(trigger: unknown, options: MockApiOptions = {}): unknown {
  const fn = 'mockApi()';
  const definition = resolveTrigger(fn, trigger);
  if (!isPlainObject(options)) throw argumentError(fn, 'options', 'an object like { event, cache, limits }', options);
  assertKnownOptions(fn, 'options', options, MOCK_API_OPTIONS);
  const { event, cache, limits: overrides, validateIssuer = false } = options;
  if (event !== undefined) assertApiEvent(fn, event);
  if (cache !== undefined && !isMockCache(cache)) throw argumentError(fn, 'options.cache', 'a cache from createCache()', cache);
  if (cache !== undefined && hasCacheLimits(overrides)) {
    throw argumentError(fn, 'options.limits', 'free of cache limits when options.cache is given (pass them to createCache())', overrides);
  }
  if (typeof validateIssuer !== 'boolean') throw argumentError(fn, 'options.validateIssuer', 'a boolean', validateIssuer);
  const limits = resolveLimits(fn, overrides);
  return createApi(definition, {
    event: event ?? mockEvent(definition.id as TriggerName),
    cache: cache ?? createCache({ limits: cacheLimitsOf(limits) }),
    promptLimits: limits,
    validateIssuer,
  });
}

/**
 * An api over parts already checked: mockApi() builds one after checking its arguments, and a simulation builds
 * one for every handler call from the options it checked once.
 */
export function createApi(definition: TriggerDefinition<unknown, unknown>, parts: Pick<ApiContext, 'event' | 'cache' | 'promptLimits' | 'validateIssuer'>): unknown {
  const context: ApiInternals = {
    kind: 'api',
    trigger: definition.id,
    event: parts.event,
    cache: parts.cache,
    recorder: new Recorder(),
    effects: emptyEffects(),
    promptLimits: parts.promptLimits,
    validateIssuer: parts.validateIssuer,
  };
  return definition.buildApi(context);
}

/**
 * The api reads `event.user.user_id` and `event.request` (tokens, redirects): an event without them would fail
 * later, deep inside encodeToken or validateToken, far from the mistake. The rest of the event is the test's.
 */
function assertApiEvent(fn: string, event: unknown): void {
  if (!isPlainObject(event)) throw argumentError(fn, 'options.event', 'an event object (see mockEvent())', event);
  if (!isPlainObject(event.user)) throw argumentError(fn, 'options.event.user', 'an object (see mockEvent())', event.user);
  if (typeof event.user.user_id !== 'string') throw argumentError(fn, 'options.event.user.user_id', 'a string', event.user.user_id);
  if (!isPlainObject(event.request)) throw argumentError(fn, 'options.event.request', 'an object (see mockEvent())', event.request);
}
