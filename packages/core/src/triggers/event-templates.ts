import type { TriggerDefinition } from './definition.js';
import { boundedMemo } from '../util/bounded-memo.js';
import { copyData } from '../util/copy-data.js';
import { seededRandom } from '../util/seeded-random.js';

/**
 * Built events by trigger, seed and instant. Building one (random draws, ISO dates, an MD5 for the avatar)
 * costs several times what copying one does, and a suite asks for the same event over and over. Bounded,
 * because under a fake clock set before the anchor every instant is its own event.
 */
const rememberTemplate = boundedMemo<unknown>(64);

function template(definition: TriggerDefinition<unknown, unknown>, seed: number | string, at: number): Record<string, unknown> {
  return rememberTemplate(`${definition.id}\u0000${seed}\u0000${at}`, () => definition.buildEvent(seededRandom(seed), at)) as Record<string, unknown>;
}

/** A fresh copy of the event `definition` builds for `seed` at `at`: the caller owns it and may change it. */
export function builtEvent(definition: TriggerDefinition<unknown, unknown>, seed: number | string, at: number): unknown {
  return copyData(template(definition, seed, at));
}

/**
 * The same event with only its top level copied: the caller may set or replace top-level fields, but everything
 * below belongs to the kept template and must be replaced, never changed. For a simulation's base event, which
 * the flow never hands out (each handler gets its own deep copy): the deep copy builtEvent() makes would be one
 * more whole-event copy per simulate().
 */
export function sharedBuiltEvent(definition: TriggerDefinition<unknown, unknown>, seed: number | string, at: number): Record<string, unknown> {
  return { ...template(definition, seed, at) };
}
