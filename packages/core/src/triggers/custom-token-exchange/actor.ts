import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf } from '../../api/effects.js';
import { isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { objectKeys } from '../../util/intrinsics.js';

/** An actor level: `sub`, an optional nested `act`, a `type`, and up to five custom string/number/boolean claims. */
export type CustomTokenExchangeActor = { sub: string; act?: CustomTokenExchangeActor } & Record<string, unknown>;

const MAX_DEPTH = 5;
const MAX_CUSTOM_PROPERTIES = 5;
const MAX_SUB = 512;
const MAX_KEY = 64;
const MAX_STRING_VALUE = 64;

/** Whether this handler already set an actor. */
const ACTOR = defineEffect<{ set?: boolean }>('cte-actor', () => ({}));

/**
 * `api.authentication.setActor(actor)`: the harness's checks at every level, in its order and words (reference
 * E.9). The types allow one call ("may be called 0 or 1 times"); the harness does not check a second, whose effect
 * in production is UNVERIFIED, so the mock refuses it.
 */
export function setActorMethod(context: ApiContext) {
  return {
    setActor(...args: [actor: CustomTokenExchangeActor]): void {
      return recordedCall(context, 'authentication.setActor', args, setActor);
    },
  };
}

function setActor(context: ApiContext, actor: unknown): void {
  if (!isPlainObject(actor)) {
    throw new Error(
      namedRuntimeMessage('api.authentication.setActor()', 'The actor must be a plain object.', {
        argument: 'actor',
        expected: "the acting party's claims, such as { sub: 'service-a' }",
        received: actor,
      }),
    );
  }
  checkLevel(actor);
  let level: Record<string, unknown> = actor;
  for (let depth = 2; depth <= MAX_DEPTH; depth++) {
    if (level.act === undefined) break;
    if (!isPlainObject(level.act)) throw new Error('The act claim must be a plain object.');
    checkLevel(level.act);
    level = level.act;
  }
  if (level.act !== undefined) throw new Error(`Actor nesting must not exceed ${MAX_DEPTH} levels.`);
  const state = effectOf(context, ACTOR);
  if (state.set) {
    throw new Error(
      'api.authentication.setActor() may be called once per exchange (the @auth0/actions types: "may be called 0 or 1 ' +
        'times"), and this Action already called it.',
    );
  }
  state.set = true;
}

function checkLevel(level: Record<string, unknown>): void {
  const { sub } = level;
  if (typeof sub !== 'string' || sub.length === 0) throw new Error('The actor object must contain a sub claim.');
  if (sub.length > MAX_SUB)
    throw new Error(`Invalid setActor arguments: sub must NOT have more than ${MAX_SUB} characters`);
  // `type` escapes every check, as in the harness.
  const custom = objectKeys(level).filter((key) => key !== 'sub' && key !== 'act' && key !== 'type');
  if (custom.length > MAX_CUSTOM_PROPERTIES) {
    throw new Error(`No more than ${MAX_CUSTOM_PROPERTIES} custom properties are allowed in the actor object.`);
  }
  for (const key of custom) {
    const value = level[key];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new Error('Custom property in an actor object must be a string, number, or boolean.');
    }
    if (key.length > MAX_KEY)
      throw new Error(`Custom property key in an actor object must NOT have more than ${MAX_KEY} characters.`);
    if (typeof value === 'string' && value.length > MAX_STRING_VALUE) {
      throw new Error(
        `Custom string property value in an actor object must NOT have more than ${MAX_STRING_VALUE} characters.`,
      );
    }
  }
}
