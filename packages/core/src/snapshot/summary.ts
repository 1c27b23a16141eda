import { internalsOf, type ApiInternals } from '../api/api-context.js';
import { simulationInternalsOf } from '../api/recorded.js';
import { isPlainObject } from '../util/errors.js';
import { isAccepted, type RecordedCall } from '../api/recorder.js';
import type { SimulatedAction, Simulation } from '../simulation/types.js';
import { block, call, list, value, type Layout } from './layout.js';
import type { Scrubber } from './scrub.js';

/**
 * What a snapshot shows of each mock object: what the Actions did, never the events (long, and they hold the
 * secrets) nor the call times (`at`, which a real clock changes on every run) nor the values methods returned.
 */

type Entries = Array<readonly [string, Layout]>;

/** `api.access.deny("reason")`: the call as the Action wrote it. */
function callsLayout(calls: readonly RecordedCall[], scrub: Scrubber): Layout {
  // Refused calls changed nothing; the log (recorded()) keeps them with their error.
  return list(
    calls.filter(isAccepted).map((recordedCall) =>
      call(
        `api.${recordedCall.method}`,
        recordedCall.args.map((arg) => value(scrub.value(arg))),
      ),
    ),
  );
}

function callsOf(api: unknown): RecordedCall[] {
  return internalsOf(api)?.recorder.calls ?? [];
}

/** An error as its name and message: the stack holds paths and line numbers that differ between machines. */
function describeError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (typeof message !== 'string') return error;
  const label = typeof name === 'string' && name !== '' ? name : 'Error';
  return message === '' ? label : `${label}: ${message}`;
}

function userIdOf(event: unknown): unknown {
  return isPlainObject(event) && isPlainObject(event.user) ? event.user.user_id : undefined;
}

export function apiLayout(api: ApiInternals, scrub: Scrubber): Layout {
  return block('Api', [
    ['trigger', value(api.trigger)],
    ['calls', callsLayout(api.recorder.calls, scrub)],
  ]);
}

/** One handler call on its own (`simulation.actions[i]`): it also holds its event, which is left out. */
export function actionLayout(record: SimulatedAction, scrub: Scrubber): Layout {
  const entries: Entries = [
    ['name', value(record.name)],
    ['handler', value(record.handler)],
    ['calls', callsLayout(callsOf(record.api), scrub)],
  ];
  if (record.error !== undefined) entries.push(['error', value(scrub.value(describeError(record.error)))]);
  entries.push(['logs', value(scrub.value(record.logs))]);
  return block('SimulatedAction', entries);
}

/** The flow as it stands: how it ended or what it waits for, then each handler call and the console output. */
export function simulationLayout(simulation: Simulation, scrub: Scrubber): Layout {
  const entries: Entries = [['status', value(simulation.status)]];
  if (simulation.error !== undefined) entries.push(['error', value(scrub.value(describeError(simulation.error)))]);
  const user = userIdOf(simulation.event);
  if (user !== undefined) entries.push(['user', value(scrub.value(user))]);
  if (simulation.redirect) entries.push(['redirect', value(scrub.value(simulation.redirect.url))]);
  if (simulation.challenge) {
    const { action, method, factors } = simulation.challenge;
    entries.push(['challenge', value(scrub.value({ action, method, factors }))]);
  }
  if (simulation.prompt) {
    // Its fields and vars are the arguments of the prompt.render call listed below.
    entries.push(['prompt', value(scrub.value({ action: simulation.prompt.action, id: simulation.prompt.id }))]);
  }
  if (simulation.denial) entries.push(['denial', value(scrub.value(simulation.denial))]);
  // What the trigger's flow rules report (`resultUrl`, `user`, `idToken`, `notification`...), in their order.
  const fields = simulation as unknown as Record<string, unknown>;
  for (const key of simulationInternalsOf(simulation)?.reported() ?? [])
    entries.push([key, value(scrub.value(fields[key]))]);
  const actions = simulation.actions.map((record) =>
    block('', [
      ['name', value(record.name)],
      ['handler', value(record.handler)],
      ['calls', callsLayout(callsOf(record.api), scrub)],
    ]),
  );
  entries.push(['actions', list(actions)]);
  entries.push(['logs', value(scrub.value(simulation.logs))]);
  return block('Simulation', entries);
}
