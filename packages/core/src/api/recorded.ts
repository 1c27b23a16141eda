import { internalsOf, type ApiInternals } from './api-context.js';
import { SIMULATION_BRAND } from '../util/brand.js';
import { describeValue } from '../util/errors.js';
import type { CallLog, RecordedCall } from './recorder.js';

/** The hidden side of a Simulation: the api of every handler call, in the order they ran. */
export interface SimulationInternals {
  readonly kind: 'simulation';
  apis(): ApiInternals[];
  /** The Simulation fields the trigger's flow rules reported at the last step (`resultUrl`, `user`...). */
  reported(): string[];
}

export function simulationInternalsOf(value: unknown): SimulationInternals | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const internals = (value as Record<symbol, unknown>)[SIMULATION_BRAND];
  return typeof internals === 'object' && internals !== null && (internals as SimulationInternals).kind === 'simulation'
    ? (internals as SimulationInternals)
    : undefined;
}

/** The apis behind an `api` or a `Simulation`, or `undefined` for anything else. */
export function apisBehind(value: unknown): ApiInternals[] | undefined {
  const api = internalsOf(value);
  if (api) return [api];
  return simulationInternalsOf(value)?.apis();
}

/** The ordered call log behind an `api` (or every handler call of a simulation), for raw assertions. */
export function recorded(target: unknown): CallLog {
  const apis = apisBehind(target);
  if (!apis) {
    throw new TypeError(
      `recorded(): target must be an api from mockApi() or a Simulation from simulate(); received ${describeValue(target)}.`,
    );
  }
  const calls: RecordedCall[] = apis.flatMap((api) => api.recorder.calls);
  return { calls };
}
