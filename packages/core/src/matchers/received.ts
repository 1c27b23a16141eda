import { internalsOf, type ApiInternals } from '../api/api-context.js';
import { apisBehind, simulationInternalsOf } from '../api/recorded.js';
import { isAccepted, type RecordedCall } from '../api/recorder.js';
import type { MatcherContext, MatcherResult } from './matcher-context.js';
import { matcherError, type Hint } from './matcher-error.js';
import { lazyRedactor, secretRedactor, type Redact } from '../util/redaction.js';
import { scrubberFor } from '../snapshot/scrub.js';
import { isArray } from '../util/intrinsics.js';

/** What a matcher inspects: the apis behind the received value, their calls in order, and how to print them. */
export interface Subject {
  apis: ApiInternals[];
  /** The calls the runtime accepted, in order: the only ones a matcher counts. */
  calls: RecordedCall[];
  /** The calls the runtime refused (they threw): listed in failure messages, so a user sees why a call is missing. */
  refused: RecordedCall[];
  redact: Redact;
}

export const RECEIVED_KINDS = 'an api from mockApi() or a Simulation from simulate()';

/** The label the hint line uses for a received value, before it is known to be valid. */
export function receivedLabel(received: unknown): string {
  if (internalsOf(received)) return 'api';
  return apisBehind(received) ? 'simulation' : 'received';
}

export function subjectOf(context: MatcherContext, hint: Hint, received: unknown): Subject {
  const apis = apisBehind(received);
  if (!apis) throw invalidReceived(context, hint, received, RECEIVED_KINDS);
  refuseFailedSimulation(context, hint, received);
  return {
    apis,
    calls: apis.flatMap((api) => api.recorder.calls.filter(isAccepted)),
    refused: apis.flatMap((api) => api.recorder.calls.filter((call) => !isAccepted(call))),
    // As in snapshots: secrets (the events' and those tokens were signed with) as `[secret]`, and the tokens the
    // Actions issued as `[session token]`: a whole JWT in a message is noise, printed once per place it appears.
    redact: lazyRedactor(() => scrubberFor(apis).value),
  };
}

/**
 * A failed Simulation's verdict, carried out of the matcher by throwing it: `userFacing` (which wraps every
 * matcher) returns its `result`, and a matcher called unwrapped still fails with the same message.
 */
export class FailedSimulationVerdict extends Error {
  constructor(readonly result: MatcherResult) {
    super(result.message());
    this.name = 'FailedSimulationVerdict';
  }
}

/**
 * A Simulation whose flow failed (an Action threw, timed out...) fails every matcher, with or without `.not`: in
 * production the user gets an error page, so "the user was not denied" must not pass because the Action crashed
 * before deciding. Called by every matcher's subject, so present and future matchers all refuse it.
 */
export function refuseFailedSimulation(context: MatcherContext, hint: Hint, received: unknown): void {
  const internals = simulationInternalsOf(received);
  if (!internals) return;
  const simulation = received as { status?: unknown; error?: unknown; actions?: unknown; event?: unknown };
  if (simulation.status !== 'failed') return;
  // The flow's own event too: a flow can fail before any handler got an api (a module without the handler).
  const redact = lazyRedactor(() => secretRedactor([...internals.apis().map((api) => api.event), simulation.event]));
  throw new FailedSimulationVerdict({
    // The runner fails an assertion when `pass` differs from what it asked for: `false` fails `expect(sim)`,
    // `true` fails `expect(sim).not`. Every other result in the kit ignores `isNot` (the runner inverts it);
    // only here must both sides fail, so only here does `pass` follow `isNot`.
    pass: !!context.isNot,
    message: () => failedSimulationMessage(context, hint, simulation, redact),
  });
}

function failedSimulationMessage(
  context: MatcherContext,
  hint: Hint,
  simulation: { error?: unknown; actions?: unknown },
  redact: Redact,
): string {
  const { RECEIVED_COLOR, printReceived } = context.utils;
  const actions = isArray(simulation.actions)
    ? (simulation.actions as Array<{ name?: unknown; handler?: unknown; error?: unknown }>)
    : [];
  const culprit = actions.find((action) => action.error !== undefined && action.error === simulation.error);
  const where = culprit ? ` in "${String(culprit.name)}" (${String(culprit.handler)})` : '';
  const { error } = simulation;
  const stack =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? (error as { stack?: unknown }).stack
      : undefined;
  const shown =
    typeof stack === 'string' && stack !== '' ? RECEIVED_COLOR(redact(stack) as string) : printReceived(redact(error));
  return [
    hint(),
    `The simulation failed${where}, so no expectation about what its Actions did can pass, with or without .not: in production the flow ends with this error.`,
    indent(shown),
    `To test the failure itself, assert on sim.status and sim.error: expect(sim.status).toBe('failed').`,
  ].join('\n\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * The received value is shown, secrets hidden: passing the event (or a simulation's action record, which holds
 * one) instead of the api is a common slip, and the event carries `secrets`.
 */
export function invalidReceived(context: MatcherContext, hint: Hint, received: unknown, kinds: string): Error {
  const { RECEIVED_COLOR, printWithType, printReceived } = context.utils;
  const redact = secretRedactor([received, (received as { event?: unknown } | null | undefined)?.event]);
  return matcherError(
    context,
    hint,
    `${RECEIVED_COLOR('received')} value must be ${kinds}`,
    printWithType('Received', redact(received), printReceived),
  );
}
