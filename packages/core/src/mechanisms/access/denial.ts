import type { ApiContext, ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { Denial, FlowRule } from '../../simulation/flow-rules.js';

/** A denial as the Action asked for it: the call (for messages) and what it means. */
export interface RecordedDenial {
  readonly args: readonly unknown[];
  readonly denial: Omit<Denial, 'action'>;
}

/** Every denial an Action asked for, in order: `access.deny`, post-login's revokes, `validation.error`... */
const DENIALS = defineEffect<RecordedDenial[]>('denials', () => []);

/**
 * For an api part whose call ends the flow once the handler returns (reference D.2). `denial` says where the
 * reason, code and user message stand in this method's arguments, so `toHaveDenied` and `sim.denial` read every
 * trigger's denials alike.
 */
export function recordDenial(context: ApiContext, args: readonly unknown[], denial: Omit<Denial, 'action'>): void {
  effectOf(context, DENIALS).push({ args, denial });
}

/** The denials one handler call asked for, in order. */
export function denialsOf(api: ApiInternals): readonly RecordedDenial[] {
  return writtenEffect(api, DENIALS) ?? [];
}

/**
 * A denial stops the flow after the handler that asked for it; later Actions do not run. With several, the first
 * is the one the application receives (reference D.3, UNVERIFIED: the README's fidelity table).
 */
export const denialRule: FlowRule = {
  afterHandler(api) {
    const first = denialsOf(api)[0];
    return first ? [{ kind: 'deny', denial: first.denial }] : undefined;
  },
};
