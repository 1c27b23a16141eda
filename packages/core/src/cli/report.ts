import { apisBehind, simulationInternalsOf } from '../api/recorded.js';
import type { RecordedCall } from '../api/recorder.js';
import { internalsOf } from '../api/api-context.js';
import { scrubberFor, type Scrubber } from '../snapshot/scrub.js';
import { secretRedactor } from '../util/redaction.js';
import type { Simulation } from '../simulation/types.js';
import type { FlowRun } from './run-flow.js';
import { describeError, type ErrorReport } from './error-report.js';

/** One handler call as the command reports it. */
export interface ActionReport {
  name: string;
  handler: string;
  /** Every api command in order; a call the runtime refused carries the `error` it threw. */
  calls: Array<{ method: string; args: unknown[]; error?: string }>;
  logs: string[];
  error?: ErrorReport;
  /** Wall-clock time of the handler call; absent when it never settled (it timed out). */
  ms?: number;
}

/** `--json`'s document (API.md), secrets redacted; the person's report is printed from the same data. */
export interface RunReport {
  trigger: string;
  status: Simulation['status'];
  event: unknown;
  actions: ActionReport[];
  error?: ErrorReport;
  /** What the Actions' module-level code wrote when they were loaded (before any handler ran). */
  loadLogs?: string[];
  denial?: unknown;
  redirect?: unknown;
  challenge?: unknown;
  prompt?: unknown;
  /** What the trigger's flow reports besides (`user`, `idToken`, `accessToken`, `notification`, `resultUrl`...). */
  [field: string]: unknown;
}

function callsOf(api: unknown): RecordedCall[] {
  return internalsOf(api)?.recorder.calls ?? [];
}

function callReport(call: RecordedCall, scrub: Scrubber): ActionReport['calls'][number] {
  const args = scrub.value(call.args) as unknown[];
  return 'error' in call
    ? { method: call.method, args, error: scrub.text(String((call.error as Error)?.message ?? call.error)) }
    : { method: call.method, args };
}

/** Rounded to 0.1 ms: finer digits are noise from the clock, not the Action. */
function milliseconds(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 10) / 10;
}

export function buildReport(trigger: string, run: FlowRun, loadLogs: readonly string[] = []): RunReport {
  const { simulation, timings } = run;
  const apis = apisBehind(simulation) ?? [];
  const scrub = scrubberFor(apis);
  // The starting event holds the --secret values too, in case no handler ran to carry them.
  const redactEvent = secretRedactor([run.event]);
  const report: RunReport = {
    trigger,
    status: simulation.status,
    event: scrub.value(redactEvent(run.event)),
    actions: simulation.actions.map((record) => {
      const entry: ActionReport = {
        name: record.name,
        handler: record.handler,
        calls: callsOf(record.api).map((call) => callReport(call, scrub)),
        logs: scrub.value(record.logs) as string[],
      };
      if (record.error !== undefined) entry.error = describeError(record.error, scrub.text);
      const ms = milliseconds(timings.get(record.api as object));
      if (ms !== undefined) entry.ms = ms;
      return entry;
    }),
  };
  if (loadLogs.length > 0) report.loadLogs = loadLogs.map((line) => scrub.text(redactEvent(line) as string));
  if (simulation.error !== undefined) report.error = describeError(simulation.error, scrub.text);
  for (const key of ['denial', 'redirect', 'challenge', 'prompt'] as const) {
    if (simulation[key] !== undefined) report[key] = scrub.value(simulation[key]);
  }
  const fields = simulation as unknown as Record<string, unknown>;
  for (const key of simulationInternalsOf(simulation)?.reported() ?? []) {
    if (fields[key] !== undefined) report[key] = scrub.value(fields[key]);
  }
  return JSON.parse(JSON.stringify(report)) as RunReport;
}
