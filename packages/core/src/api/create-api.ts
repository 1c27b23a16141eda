import type { MockCache } from '../mechanisms/cache/cache.js';
import type { Limits } from '../limits.js';
import type { TriggerDefinition } from '../triggers/definition.js';
import type { ApiInternals, HandlerKind } from './api-context.js';
import { emptyEffects } from './effects.js';
import { Recorder } from './recorder.js';

export interface ApiParts {
  event: unknown;
  cache: MockCache;
  limits: Readonly<Limits>;
  options: Readonly<Record<string, unknown>>;
  handler: HandlerKind;
  transaction: Record<string, unknown>;
}

/**
 * An api over parts already checked: mockApi() builds one after checking its arguments, and a simulation builds
 * one for every handler call from the options it checked once.
 */
export function createApi(definition: TriggerDefinition<unknown, unknown>, parts: ApiParts): unknown {
  const context: ApiInternals = {
    kind: 'api',
    trigger: definition.id,
    event: parts.event,
    cache: parts.cache,
    recorder: new Recorder(),
    effects: emptyEffects(),
    limits: parts.limits,
    options: parts.options,
    handler: parts.handler,
    transaction: parts.transaction,
    api: {},
  };
  return definition.buildApi(context);
}
