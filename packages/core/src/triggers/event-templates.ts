import type { TriggerDefinition } from './definition.js';
import { boundedMemo } from '../util/bounded-memo.js';
import { copyData } from '../util/copy-data.js';
import { NativeSet, isArray, isSafeInteger, mathFloor, objectKeys } from '../util/intrinsics.js';
import { EVENT_ANCHOR_TIME, isoAt } from './common/sample-identity.js';
import { seededRandom } from '../util/seeded-random.js';

/**
 * Built events by trigger and seed. Building one (random draws, ISO dates, an MD5 for the avatar) costs several
 * times what copying one does, and a suite asks for the same event over and over. Each is built once at the fixed
 * anchor and moved to the instant asked for when copied: a key per instant would miss on every millisecond of a
 * real clock. Bounded, because seeds are unbounded in principle.
 */
const rememberTemplate = boundedMemo<Template>(64);

/** A built event, and where its times are: the values moved when the event is asked for at another instant. */
interface Template {
  event: Record<string, unknown>;
  times: TimeField[];
  /** The times last asked for: a pinned clock asks for the same instant again and again. */
  moved?: { shift: number; values: Array<string | number> };
}

interface TimeField {
  /** The keys down to the object holding the time, and its key there. */
  parents: Array<string | number>;
  key: string | number;
  /** The value at the anchor, in ms. */
  ms: number;
  unit: 'iso' | 'ms' | 'seconds';
}

function template(definition: TriggerDefinition<unknown, unknown>, seed: number | string): Template {
  return rememberTemplate(`${definition.id}\u0000${seed}`, () => {
    const event = definition.buildEvent(seededRandom(seed), EVENT_ANCHOR_TIME) as Record<string, unknown>;
    return { event, times: timeFieldsOf(event) };
  });
}

/** A fresh copy of the event `definition` builds for `seed` at `at`: the caller owns it and may change it. */
export function builtEvent(
  definition: TriggerDefinition<unknown, unknown>,
  seed: number | string,
  at: number,
): unknown {
  const kept = template(definition, seed);
  const copy = copyData(kept.event) as Record<string | number, unknown>;
  const shift = at - EVENT_ANCHOR_TIME;
  if (shift === 0) return copy;
  const values = movedValues(kept, shift);
  for (let index = 0; index < kept.times.length; index++) {
    const field = kept.times[index] as TimeField;
    let container = copy;
    for (const key of field.parents) container = container[key] as Record<string | number, unknown>;
    container[field.key] = values[index];
  }
  return copy;
}

/**
 * The same event with only its top level copied: the caller may set or replace top-level fields, but everything
 * below belongs to the kept template and must be replaced, never changed. For a simulation's base event, which
 * the flow never hands out (each handler gets its own deep copy): the deep copy builtEvent() makes would be one
 * more whole-event copy per simulate(). Moving the times copies only the objects on their paths.
 */
export function sharedBuiltEvent(
  definition: TriggerDefinition<unknown, unknown>,
  seed: number | string,
  at: number,
): Record<string, unknown> {
  const kept = template(definition, seed);
  const copy = { ...kept.event };
  const shift = at - EVENT_ANCHOR_TIME;
  if (shift === 0 || kept.times.length === 0) return copy;
  const values = movedValues(kept, shift);
  const copied = new NativeSet<unknown>([copy]);
  for (let index = 0; index < kept.times.length; index++) {
    const field = kept.times[index] as TimeField;
    let container: Record<string | number, unknown> = copy;
    for (const key of field.parents) {
      let next = container[key] as Record<string | number, unknown>;
      if (!copied.has(next)) {
        next = (isArray(next) ? [...next] : { ...next }) as Record<string | number, unknown>;
        container[key] = next;
        copied.add(next);
      }
      container = next;
    }
    container[field.key] = values[index];
  }
  return copy;
}

function movedValues(kept: Template, shift: number): Array<string | number> {
  if (kept.moved?.shift === shift) return kept.moved.values;
  const values = kept.times.map((field) => {
    const ms = field.ms + shift;
    if (field.unit === 'iso') return isoAt(ms);
    return field.unit === 'ms' ? ms : mathFloor(ms / 1000);
  });
  kept.moved = { shift, values };
  return values;
}

/** `2026-01-15T09:30:00.000Z`, as `toISOString()` writes it: what event builders put in date fields. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/**
 * Whole numbers within 30 years before to 1 year after the anchor, in ms or seconds, are times too (`iat`,
 * `expires_at`): counts, scores and coordinates a builder draws never come near those ranges.
 */
const EARLIEST = EVENT_ANCHOR_TIME - 30 * 365 * 24 * 60 * 60 * 1000;
const LATEST = EVENT_ANCHOR_TIME + 365 * 24 * 60 * 60 * 1000;

/** Every time in a built event, found once per template by looking at every value. */
function timeFieldsOf(event: Record<string, unknown>): TimeField[] {
  const found: TimeField[] = [];
  const visit = (value: unknown, parents: Array<string | number>, key: string | number): void => {
    if (typeof value === 'string') {
      if (ISO_INSTANT.test(value)) {
        const ms = Date.parse(value);
        if (isoAt(ms) === value) found.push({ parents, key, ms, unit: 'iso' });
      }
    } else if (typeof value === 'number') {
      if (!isSafeInteger(value)) return;
      if (value >= EARLIEST && value <= LATEST) found.push({ parents, key, ms: value, unit: 'ms' });
      else if (value * 1000 >= EARLIEST && value * 1000 <= LATEST)
        found.push({ parents, key, ms: value * 1000, unit: 'seconds' });
    } else if (typeof value === 'object' && value !== null) {
      const path = [...parents, key];
      if (isArray(value)) value.forEach((item, index) => visit(item, path, index));
      else for (const name of objectKeys(value)) visit((value as Record<string, unknown>)[name], path, name);
    }
  };
  for (const name of objectKeys(event)) visit(event[name], [], name);
  return found;
}
