import { argumentError } from '../util/errors.js';
import type { TriggerDefinition } from '../triggers/definition.js';
import { assertSecrets, SIMULATE } from './options.js';
import { NativeSet, isArray, objectKeys } from '../util/intrinsics.js';

/** One Action bound to the flow, as the user's file exports it. */
export interface FlowAction {
  readonly name: string;
  /** What the file exports. Not checked here: the runtime checks it when the Action's turn comes. */
  readonly module: unknown;
  /** This Action's own secrets (`{ secrets }` next to the handlers), over the flow's `event.secrets`. */
  readonly secrets?: Record<string, string>;
}

function handlerNames(definition: TriggerDefinition<unknown, unknown>): string[] {
  const { execute, continue: resume } = definition.handlers;
  return resume === undefined ? [execute] : [execute, resume];
}

function describeModule(module: object): string {
  const keys = objectKeys(module);
  return keys.length === 0
    ? 'an object with no exports'
    : `an object exporting ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', ...' : ''}`;
}

/**
 * The Actions of a flow, in order. A module object that exports none of the trigger's handlers is almost always
 * the wrong file or the wrong trigger, so it is an argument error at once; everything the runtime itself checks
 * (an export that is not an object, a handler that is not async) waits for the Action's turn, as in production.
 */
export function resolveActionList(input: unknown, definition: TriggerDefinition<unknown, unknown>): FlowAction[] {
  const list: unknown[] = isArray(input) ? input : [input];
  const argumentName = (index: number): string => (isArray(input) ? `actions[${index}]` : 'action');
  if (list.length === 0)
    throw argumentError(SIMULATE, 'actions', 'a module object or a non-empty array of them', input);
  if (list.length > definition.maxActions) {
    throw argumentError(
      SIMULATE,
      'actions',
      `at most ${definition.maxActions} Actions (the most a tenant can bind to ${definition.id})`,
      input,
    );
  }
  const names = handlerNames(definition);
  const seen = new NativeSet<string>();
  return list.map((module, index) => {
    if (typeof module !== 'object' || module === null) return { name: `action-${index + 1}`, module };
    const record = module as Record<string, unknown>;
    if (!names.some((handler) => typeof record[handler] === 'function')) {
      throw new TypeError(
        `${SIMULATE}: ${argumentName(index)} must be an Action module exporting ${names.join(' and/or ')} for ${definition.id}; ` +
          `received ${describeModule(module)}.`,
      );
    }
    const name = record.name === undefined ? `action-${index + 1}` : record.name;
    if (typeof name !== 'string' || name === '')
      throw argumentError(SIMULATE, `${argumentName(index)}.name`, 'a non-empty string', name);
    if (seen.has(name))
      throw argumentError(
        SIMULATE,
        `${argumentName(index)}.name`,
        'unique in the flow (logs and results are keyed by it)',
        name,
      );
    seen.add(name);
    if (record.secrets !== undefined) assertSecrets(`${argumentName(index)}.secrets`, record.secrets);
    return record.secrets === undefined ? { name, module } : { name, module, secrets: record.secrets };
  });
}
