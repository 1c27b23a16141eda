import type { ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { copyData } from '../../util/copy-data.js';
import { isPlainObject } from '../../util/errors.js';

/** A change the runtime mirrors into a top-level event field at once (transaction, session, refresh token metadata). */
interface Mirror {
  readonly field: string;
  readonly apply: (value: Record<string, unknown>) => void;
}

const MIRRORS = defineEffect<Mirror[]>('event-mirrors', () => []);

/**
 * Applies `apply` to `event[field]` now, as the harness does (reference E.1a "Mutability"), creating the field when
 * `create` says so, and keeps it so the Actions after this one see the same change.
 */
export function mirrorIntoEvent(
  context: ApiContext,
  field: string,
  apply: (value: Record<string, unknown>) => void,
  create = false,
): void {
  const event = context.event as Record<string, unknown>;
  if (!isPlainObject(event[field])) {
    if (!create) return;
    event[field] = {};
  }
  apply(event[field] as Record<string, unknown>);
  effectOf(context, MIRRORS).push({ field, apply });
}

/** Carries each Action's mirrored changes into the event the later Actions get (direct edits of `event` are not). */
export const eventMirrorRule: FlowRule = {
  afterHandler(api, flow) {
    for (const { field, apply } of writtenEffect(api, MIRRORS) ?? []) {
      const current = flow.event[field];
      const value = isPlainObject(current) ? copyData(current) : {};
      apply(value);
      flow.setEventField(field, value);
    }
    return undefined;
  },
};
