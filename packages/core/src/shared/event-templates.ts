import type { TriggerDefinition } from '../triggers/trigger-definition.js';
import { boundedMemo } from './bounded-memo.js';
import { copyData } from './copy-data.js';
import { seededRandom } from './seeded-random.js';

/**
 * Built events by trigger, seed and instant. Building one (random draws, ISO dates, an MD5 for the avatar)
 * costs several times what copying one does, and a suite asks for the same event over and over. Bounded,
 * because under a fake clock set before the anchor every instant is its own event.
 */
const rememberTemplate = boundedMemo<unknown>(64);

/** A fresh copy of the event `definition` builds for `seed` at `at`: the caller owns it and may change it. */
export function builtEvent(definition: TriggerDefinition<unknown, unknown>, seed: number | string, at: number): unknown {
  const template = rememberTemplate(`${definition.id}\u0000${seed}\u0000${at}`, () => definition.buildEvent(seededRandom(seed), at));
  return copyData(template);
}
