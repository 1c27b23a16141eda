import { cacheLimitsOf, hasCacheLimits, resolveLimits, type Limits } from '../limits.js';
import { mergeEventOverrides } from '../triggers/event-overrides.js';
import { builtEvent, sharedBuiltEvent } from '../triggers/event-templates.js';
import { referenceTime } from '../triggers/common/sample-identity.js';
import { createCache, isMockCache, type MockCache } from '../mechanisms/cache/cache.js';
import { spreadInto } from '../util/copy-data.js';
import { argumentError, isPlainObject, secretArgumentError } from '../util/errors.js';
import { DEFAULT_SEED } from '../util/seeded-random.js';
import { resolveTrigger } from '../triggers/registry.js';
import { resolveTriggerOptions } from '../triggers/trigger-options.js';
import type { TriggerDefinition } from '../triggers/definition.js';
import { isFiniteNumber, objectEntries } from '../util/intrinsics.js';

export const SIMULATE = 'simulate()';

/**
 * Limits of an Action's secrets in the dashboard (reference D.7): a flow the tenant could not configure is an argument
 * error.
 */
const MAX_SECRET_NAME_LENGTH = 128;
const MAX_SECRET_VALUE_LENGTH = 4096;

/** The options every trigger takes; each trigger adds its own (see TriggerDefinition.options). */
const FLOW_OPTIONS = ['trigger', 'event', 'secrets', 'cache', 'seed', 'limits', 'echoLogs', 'cacheAcrossYields'];

/** Everything a flow needs, checked once. */
export interface FlowConfig {
  readonly definition: TriggerDefinition<unknown, unknown>;
  /** The event every Action's snapshot starts from; the flow changes only what the runtime changes. */
  readonly event: Record<string, unknown>;
  readonly cache: MockCache;
  readonly seed: number | string;
  readonly limits: Readonly<Limits>;
  readonly echoLogs: boolean;
  /** Whether the cache survives a redirect, a prompt or a challenge: `'lost'` empties it at each (reference C). */
  readonly cacheAcrossYields: 'kept' | 'lost';
  /** The trigger's own options, resolved (`enrolledFactorsOnly`, `validateIssuer`, `tenant`...). */
  readonly options: Readonly<Record<string, unknown>>;
}

export function assertSecrets(argument: string, secrets: unknown): asserts secrets is Record<string, string> {
  if (!isPlainObject(secrets)) throw argumentError(SIMULATE, argument, 'an object of string values', secrets);
  for (const [name, value] of objectEntries(secrets)) {
    if (name.length > MAX_SECRET_NAME_LENGTH) {
      throw argumentError(
        SIMULATE,
        `${argument} names`,
        `at most ${MAX_SECRET_NAME_LENGTH} characters, as in the dashboard`,
        name,
      );
    }
    if (typeof value !== 'string')
      throw secretArgumentError(SIMULATE, `${argument}.${name}`, 'a string (Action secrets are strings)', value);
    if (value.length > MAX_SECRET_VALUE_LENGTH) {
      throw secretArgumentError(
        SIMULATE,
        `${argument}.${name}`,
        `at most ${MAX_SECRET_VALUE_LENGTH} characters, as in the dashboard`,
        value,
      );
    }
  }
}

function assertBoolean(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw argumentError(SIMULATE, `options.${name}`, 'a boolean', value);
  return value;
}

function cacheAcrossYields(value: unknown): 'kept' | 'lost' {
  if (value === undefined) return 'kept';
  if (value !== 'kept' && value !== 'lost')
    throw argumentError(SIMULATE, 'options.cacheAcrossYields', "'kept' or 'lost'", value);
  return value;
}

export function resolveFlowConfig(options: unknown): FlowConfig {
  if (!isPlainObject(options)) {
    throw argumentError(SIMULATE, 'options', "an object like { trigger: 'post-login' }", options);
  }
  const definition = resolveTrigger(SIMULATE, options.trigger, 'options.trigger');
  const triggerOptions = resolveTriggerOptions(SIMULATE, definition, options, FLOW_OPTIONS, 'flow');
  const { event: overrides, secrets, cache, seed = DEFAULT_SEED, limits: limitOverrides } = options;
  if (overrides !== undefined && !isPlainObject(overrides)) {
    throw argumentError(SIMULATE, 'options.event', 'a plain object merged over mockEvent(trigger)', overrides);
  }
  if (secrets !== undefined) assertSecrets('options.secrets', secrets);
  if (cache !== undefined && !isMockCache(cache))
    throw argumentError(SIMULATE, 'options.cache', 'a cache from createCache()', cache);
  if ((typeof seed !== 'number' || !isFiniteNumber(seed)) && typeof seed !== 'string') {
    throw argumentError(SIMULATE, 'options.seed', 'a finite number or a string', seed);
  }
  if (cache !== undefined && hasCacheLimits(limitOverrides)) {
    throw argumentError(
      SIMULATE,
      'options.limits',
      'free of cache limits when options.cache is given (pass them to createCache())',
      limitOverrides,
    );
  }
  const limits = resolveLimits(SIMULATE, limitOverrides);

  const at = referenceTime(Date.now());
  // Without overrides nothing below the top level changes, so the flow can share the kept template (see Flow).
  const event =
    overrides === undefined
      ? sharedBuiltEvent(definition, seed, at)
      : mergeEventOverrides(
          definition,
          builtEvent(definition, seed, at) as Record<string, unknown>,
          overrides,
          SIMULATE,
          'options.event',
          at,
        );
  if (secrets !== undefined)
    event.secrets = spreadInto({}, (event.secrets as Record<string, string> | undefined) ?? {}, secrets);
  if (event.secrets !== undefined) assertSecrets('options.event.secrets', event.secrets);

  return {
    definition,
    event,
    cache: cache ?? createCache({ limits: cacheLimitsOf(limits) }),
    seed,
    limits,
    echoLogs: assertBoolean('echoLogs', options.echoLogs),
    cacheAcrossYields: cacheAcrossYields(options.cacheAcrossYields),
    options: triggerOptions,
  };
}
