import { argumentError } from '../util/errors.js';
import { passwordResetPostChallenge, type PostChallengeApi, type PostChallengeEvent } from './password-reset-post-challenge/index.js';
import type { TriggerDefinition } from './trigger-definition.js';
import { freeze, hasOwn, objectKeys } from '../util/intrinsics.js';

/** The event and api types of each supported trigger, by id. Adding a trigger adds a line here. */
export interface TriggerTypes {
  'password-reset-post-challenge': { event: PostChallengeEvent; api: PostChallengeApi };
}

export type TriggerId = keyof TriggerTypes;
/** A trigger id, optionally with the `@auth0/actions` version: `'password-reset-post-challenge/v1'`. */
export type TriggerName = TriggerId | `${TriggerId}/${string}`;
export type TriggerIdOf<T extends TriggerName> = T extends `${infer Id}/${string}` ? (Id extends TriggerId ? Id : never) : T & TriggerId;
export type EventOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['event'];
export type ApiOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['api'];

const TRIGGERS: Readonly<Record<TriggerId, TriggerDefinition<never, unknown>>> = freeze({
  'password-reset-post-challenge': passwordResetPostChallenge as TriggerDefinition<never, unknown>,
});

export const TRIGGER_IDS = freeze(objectKeys(TRIGGERS)) as readonly TriggerId[];

export function resolveTrigger(fn: string, trigger: unknown, argument = 'trigger'): TriggerDefinition<unknown, unknown> {
  if (typeof trigger === 'string') {
    const [id, version] = trigger.split('/');
    const definition = hasOwn(TRIGGERS, id as string) ? TRIGGERS[id as TriggerId] : undefined;
    if (definition && (version === undefined || version === definition.version)) {
      return definition as TriggerDefinition<unknown, unknown>;
    }
    if (definition) {
      throw argumentError(fn, argument, `'${definition.id}' or '${definition.id}/${definition.version}' (the supported version)`, trigger);
    }
  }
  throw argumentError(fn, argument, `a supported trigger id (${TRIGGER_IDS.map((id) => `'${id}'`).join(', ')})`, trigger);
}
