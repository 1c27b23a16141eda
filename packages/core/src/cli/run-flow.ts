import { mockEvent } from '../mock-event.js';
import { simulate } from '../simulation/simulate.js';
import type { Simulation } from '../simulation/types.js';
import type { TriggerName } from '../triggers/registry.js';
import type { RunRequest } from './arguments.js';
import { UsageError } from './errors.js';
import type { LoadedFlow } from './load-target.js';
import { readEventOverrides } from './read-event.js';
import { timed, type Timings } from './timing.js';

export interface FlowRun {
  readonly simulation: Simulation;
  /** The event the flow started from (secrets included: the report redacts them). */
  readonly event: Record<string, unknown>;
  readonly timings: Timings;
}

/** A tenant's Action run without a secret it declares would test an Action that cannot run as deployed. */
function assertSecretsGiven(flow: LoadedFlow, secrets: Record<string, string>): void {
  for (const { action, names } of flow.declaredSecrets) {
    const missing = names.filter((name) => secrets[name] === undefined);
    if (missing.length === 0) continue;
    throw new UsageError(
      `The Action "${action}" declares the secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; an export keeps ` +
        `names, not values. Pass ${missing.map((name) => `--secret ${name}=<value>`).join(' ')}.`,
    );
  }
}

/** Runs the loaded Actions as one flow, on the sample event of the request's seed and time with its overrides. */
export async function runFlow(request: RunRequest, flow: LoadedFlow): Promise<FlowRun> {
  assertSecretsGiven(flow, request.secrets);
  const overrides = request.event === undefined ? undefined : readEventOverrides(request.event);
  const trigger: TriggerName = request.trigger;
  let event: Record<string, unknown>;
  try {
    event = mockEvent(trigger, overrides as never, {
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      now: request.now ?? Date.now(),
    }) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`--event: ${(error as Error).message}`);
  }
  const timings: Timings = new WeakMap();
  let simulation: Simulation;
  try {
    simulation = await simulate(
      flow.actions.map((action) => timed(action, timings)),
      {
        trigger,
        event,
        secrets: request.secrets,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
      },
    );
  } catch (error) {
    // simulate() rejects only for a mistake in its set-up (a secret too long, a bad override): nothing ran.
    throw new UsageError((error as Error).message);
  }
  return { simulation, event: { ...event, secrets: { ...(event.secrets ?? {}), ...request.secrets } }, timings };
}
