import type { ApiInternals } from '../api/api-context.js';
import type { EffectSlot } from '../api/effects.js';
import type { Limits } from '../limits.js';
import type { FactorSelector } from '../mechanisms/challenge/factor-selector.js';
import type { SimulationStatus } from './types.js';

/**
 * How a trigger's flow behaves, told to the flow engine by the rules its definition lists. The engine knows how to
 * run handlers, pause, suspend, resume at `/continue` and end; each rule knows what one api part's effects mean
 * (a deny stops the flow, a redirect suspends it, `multifactor.enable` challenges after the last Action) and what
 * the Simulation reports of it (`user`, `idToken`, `notification`...). A new trigger composes rules; a new api
 * part brings its own rule. Nothing here names a trigger.
 */

/** Why the flow stopped with status `'denied'`, as `sim.denial` reports it. */
export interface Denial {
  /** The Action that denied. Filled in by the engine. */
  action: string;
  /** The api method that denied: `'access.deny'`, `'session.revoke'`, `'validation.error'`... */
  method: string;
  reason?: string;
  /** The error code the application receives, where the trigger has one. */
  code?: string;
  userMessage?: string;
}

/** An MFA command (challenge or enrolment) that pauses the flow after its Action. */
export interface ChallengeCommand {
  /** The api method that asked for it: `'challengeWith'`, `'enrollWithAny'`, `'multifactor.enable'`... */
  readonly method: string;
  /** Every factor the command names, in order. */
  readonly factors: readonly FactorSelector[];
  /** Counts toward `limits.maxChallengeCommands` (the four MFA commands per flow). */
  readonly counted: boolean;
  /**
   * The Action that asked for it, when that is not the one the flow pauses after (`multifactor.enable`, deferred to
   * the end of the flow): `sim.challenge.action` names it.
   */
  readonly action?: string;
  /**
   * What the user is asked for, decided when the flow reaches the command (factors completed or enrolled earlier
   * in the flow change it): the factors to offer, nothing to do, or the error that fails the flow.
   */
  resolve(
    event: Readonly<Record<string, unknown>>,
    flow: FlowView,
  ): { offer: FactorSelector[] } | { skip: true } | { error: Error };
  /** The top-level event fields that change once the user passes it with `type` (methods, enrolled factors). */
  complete(event: Readonly<Record<string, unknown>>, type: string): Record<string, unknown>;
}

export type FlowCommand =
  | { readonly kind: 'deny'; readonly denial: Omit<Denial, 'action'> }
  | { readonly kind: 'challenge'; readonly challenge: ChallengeCommand }
  /** `url` as the Action built it; the engine adds the transaction's `state`. */
  | { readonly kind: 'redirect'; readonly url: string }
  | {
      readonly kind: 'prompt';
      readonly id: string;
      readonly fields: Record<string, unknown>;
      readonly vars: Record<string, unknown>;
    }
  | { readonly kind: 'fail'; readonly error: unknown }
  /** Run the same Action's execute handler again (a notification retry). */
  | { readonly kind: 'rerun' };

/** What a rule sees of the flow. */
export interface FlowView {
  /** The api of every handler call so far, in order, the one that just returned last. */
  readonly apis: readonly ApiInternals[];
  /** The flow's event: what the next handler's copy is made from. Change it only through `setEventField`. */
  readonly event: Readonly<Record<string, unknown>>;
  /**
   * Replaces a top-level field of the flow's event (the runtime mirrors some api calls into the event: transaction
   * metadata). Nested values may be shared with a kept template, so a rule builds a new value, never edits one.
   */
  setEventField(key: string, value: unknown): void;
  readonly status: SimulationStatus;
  readonly limits: Readonly<Limits>;
  /** The trigger's own options, resolved. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The Action whose handler just returned (in `afterHandler`), or the last one that ran. */
  readonly actionName: string;
  /** State a rule keeps for the whole flow (attempt counts), by slot. */
  state<T>(slot: EffectSlot<T>): T;
}

export interface FlowRule {
  /** After a handler returns (not after one that threw): what its api's effects ask of the flow, in order. */
  afterHandler?(api: ApiInternals, flow: FlowView): readonly FlowCommand[] | undefined;
  /**
   * After a handler throws: commands that take the place of the failure (a notification trigger told to retry a
   * delivery whose Action threw; an empty list goes on), or undefined to fail the flow, as every trigger does by
   * default.
   */
  afterError?(error: unknown, api: ApiInternals, flow: FlowView): readonly FlowCommand[] | undefined;
  /** Once, after the last Action has run and before the flow completes: more to do (a deferred MFA challenge)? */
  atEnd?(flow: FlowView): readonly FlowCommand[] | undefined;
  /**
   * Fields the Simulation shows for this rule (`resultUrl`, `user`, `idToken`...), asked after every step; a
   * field left out is removed from the Simulation.
   */
  report?(flow: FlowView): Readonly<Record<string, unknown>> | undefined;
}
