import { internalsOf, type ApiInternals } from '../api/api-context.js';
import { apisBehind, simulationInternalsOf } from '../api/recorded.js';
import { isPlainObject } from '../util/errors.js';
import type { SimulatedAction, Simulation } from '../simulation/types.js';
import { printLayout, type Layout } from './layout.js';
import { scrubberFor, type Scrubber } from './scrub.js';
import type { PrintConfig, Printer, SnapshotSerializer } from './serializer-types.js';
import { actionLayout, apiLayout, simulationLayout } from './summary.js';
import { freeze } from '../util/intrinsics.js';

/** A mock object a snapshot prints as a summary, recognised by brand (never by class: see shared/brand.ts). */
interface Subject {
  kind: 'Api' | 'Simulation' | 'SimulatedAction';
  /** The apis whose events' secrets, token secrets and tokens the summary hides. */
  apis: ApiInternals[];
  layout(scrub: Scrubber): Layout;
}

/**
 * A handler call of a simulation (`simulation.actions[i]`): a record whose `api` is branded and whose `event` is
 * that api's own event. It holds the event, secrets included, so it gets a summary too.
 */
function actionApi(value: object): ApiInternals | undefined {
  // Only a plain object can be one: reading `api` off anything else could run a getter or a proxy trap.
  if (!isPlainObject(value)) return undefined;
  const record = value as Partial<SimulatedAction>;
  const api = internalsOf(record.api);
  return api && api.event === record.event && typeof record.name === 'string' && typeof record.handler === 'string'
    ? api
    : undefined;
}

function subjectOf(value: unknown): Subject | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const api = internalsOf(value);
  if (api) return { kind: 'Api', apis: [api], layout: (scrub) => apiLayout(api, scrub) };
  if (simulationInternalsOf(value)) {
    return {
      kind: 'Simulation',
      apis: apisBehind(value) ?? [],
      layout: (scrub) => simulationLayout(value as Simulation, scrub),
    };
  }
  const recordApi = actionApi(value);
  if (recordApi)
    return {
      kind: 'SimulatedAction',
      apis: [recordApi],
      layout: (scrub) => actionLayout(value as SimulatedAction, scrub),
    };
  return undefined;
}

/**
 * The pretty-format plugin for snapshots of an `api` (from `mockApi()` or a simulation), a `Simulation` and one
 * of its `actions`: a short summary of what the Actions did, the same on every run, in which no value of
 * `event.secrets` and no session-token secret ever appears (each prints as `[secret]`). The Jest and Vitest
 * adapters register it; elsewhere hand it to `expect.addSnapshotSerializer`.
 */
export const snapshotSerializer: SnapshotSerializer = freeze({
  test(value: unknown): boolean {
    try {
      return subjectOf(value) !== undefined;
    } catch {
      // pretty-format asks every value it prints; a throwing getter or a revoked proxy is simply not ours.
      return false;
    }
  },
  serialize<Config extends PrintConfig>(
    value: unknown,
    config: Config,
    indentation: string,
    depth: number,
    refs: unknown[],
    printer: Printer<Config>,
  ): string {
    const subject = subjectOf(value);
    if (!subject) {
      throw new TypeError(
        'snapshotSerializer.serialize(): value must be an api, a Simulation or one of its actions; pretty-format asks test(value) first.',
      );
    }
    if (refs.includes(value)) return '[Circular]';
    if (depth + 1 > config.maxDepth) return `[${subject.kind}]`;
    const scrub = scrubberFor(subject.apis);
    const printed = printLayout(subject.layout(scrub), { config, refs: [...refs, value], printer }, indentation, depth);
    return scrub.text(printed);
  },
});
