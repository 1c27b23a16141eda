import type { TriggerName } from '../triggers/registry.js';
import { resolveActionList } from './action-list.js';
import { assertDeclaredSecrets } from '../deployed/declared-secrets.js';
import { Flow } from './flow.js';
import { resolveFlowConfig, SIMULATE } from './options.js';
import type { SimulateOptions, Simulation, SimulationOf } from './types.js';

/**
 * Runs Actions the way the runtime runs them on one user flow, and resolves when the flow ends or waits (a
 * challenge, a redirect, a rendered prompt). `action` is what the Action's file exports, optionally with a
 * `name` and its own `secrets`; an array is the trigger's flow, in order.
 *
 * Argument errors reject the promise; anything the runtime would fail on (a handler that is not async, a thrown
 * error, the time limit) resolves with `status: 'failed'` and `error` set, as a test wants to assert on it.
 */
export function simulate<T extends TriggerName>(
  action: object | readonly object[],
  options: SimulateOptions<T>,
): Promise<SimulationOf<T>>;
export async function simulate(action: unknown, options: unknown): Promise<Simulation> {
  const config = resolveFlowConfig(options);
  const actions = resolveActionList(action, config.definition);
  // A tenant export's Actions carry the secret names they declare: a missing one fails before anything runs.
  assertDeclaredSecrets(SIMULATE, actions, config.event.secrets);
  return new Flow(config, actions).start();
}
