import { hasCacheLimits, cacheLimitsOf, resolveLimits, type Limits } from './limits.js';
import { mockEvent } from './mock-event.js';
import { createCache, isMockCache, type MockCache } from './mechanisms/cache/cache.js';
import { argumentError, isPlainObject } from './util/errors.js';
import { resolveTrigger, type ApiOf, type ApiOptionsOf, type EventOf, type TriggerName } from './triggers/registry.js';
import { resolveTriggerOptions } from './triggers/trigger-options.js';
import { createApi } from './api/create-api.js';

export interface MockApiOptions<E = unknown> {
  /** The event the api acts on (tokens read its user and request). Default: `mockEvent(trigger)`. */
  event?: E;
  /** A cache shared with other apis or simulations, as the runtime shares one cache per trigger. */
  cache?: MockCache;
  /** Override any limit; cache limits apply to the cache this call creates (give a shared cache its own). */
  limits?: Partial<Limits>;
  /**
   * The handler the api is for: `'continue'` for an `onContinue...` handler, where the runtime allows what it
   * refuses elsewhere (post-login's `authentication.recordMethod`). Default: `'execute'`.
   */
  handler?: 'execute' | 'continue';
}

const OWN_OPTIONS = ['event', 'cache', 'limits', 'handler'];

export function mockApi<T extends TriggerName>(
  trigger: T,
  options?: MockApiOptions<EventOf<T>> & ApiOptionsOf<T>,
): ApiOf<T>;
export function mockApi(trigger: unknown, options: Record<string, unknown> = {}): unknown {
  const fn = 'mockApi()';
  const definition = resolveTrigger(fn, trigger);
  if (!isPlainObject(options)) throw argumentError(fn, 'options', 'an object like { event, cache, limits }', options);
  const triggerOptions = resolveTriggerOptions(fn, definition, options, OWN_OPTIONS, 'api');
  const { event, cache, limits: overrides, handler = 'execute' } = options;
  if (handler !== 'execute' && handler !== 'continue')
    throw argumentError(fn, 'options.handler', "'execute' or 'continue'", handler);
  if (event !== undefined) {
    if (!isPlainObject(event)) throw argumentError(fn, 'options.event', 'an event object (see mockEvent())', event);
    definition.assertApiEvent?.(fn, event);
  }
  if (cache !== undefined && !isMockCache(cache))
    throw argumentError(fn, 'options.cache', 'a cache from createCache()', cache);
  if (cache !== undefined && hasCacheLimits(overrides)) {
    throw argumentError(
      fn,
      'options.limits',
      'free of cache limits when options.cache is given (pass them to createCache())',
      overrides,
    );
  }
  const limits = resolveLimits(fn, overrides);
  return createApi(definition, {
    event: event ?? mockEvent(definition.id as TriggerName),
    cache: cache ?? createCache({ limits: cacheLimitsOf(limits) }),
    limits,
    options: triggerOptions,
    handler,
    transaction: {},
  });
}
