import { inspect } from 'node:util';
import type { Palette } from './colours.js';
import type { ErrorReport } from './error-report.js';
import type { ActionReport, RunReport } from './report.js';

/** The fields the status section prints on their own lines; what else the trigger reports follows as JSON. */
const SHOWN = new Set([
  'trigger',
  'status',
  'event',
  'loadLogs',
  'actions',
  'error',
  'denial',
  'redirect',
  'challenge',
  'prompt',
]);

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** A call as the Action wrote it: `api.access.deny("reason")`, arguments as compact JSON-like values. */
function callLine(call: ActionReport['calls'][number], colour: Palette): string {
  const args = call.args
    .map((arg) => inspect(arg, { depth: 4, breakLength: Infinity, compact: true, colors: false }))
    .join(', ');
  const line = `api.${call.method}(${args})`;
  return call.error === undefined ? line : `${colour.red(line)}  ${colour.red(`refused: ${call.error}`)}`;
}

function errorLines(error: ErrorReport, colour: Palette): string {
  const head = colour.red(`${error.name}: ${error.message}`);
  return error.stack === undefined ? head : `${head}\n${indent(colour.dim(error.stack))}`;
}

function time(ms: number | undefined): string {
  return ms === undefined ? 'did not finish' : `${ms} ms`;
}

function actionSection(action: ActionReport, colour: Palette): string {
  const lines = [`${colour.bold(action.name)} ${colour.dim(`${action.handler} · ${time(action.ms)}`)}`];
  if (action.calls.length === 0) lines.push(indent(colour.dim('no api commands')));
  for (const call of action.calls) lines.push(indent(callLine(call, colour)));
  for (const log of action.logs) lines.push(indent(`${colour.dim('log')} ${log}`));
  if (action.error !== undefined) lines.push(indent(errorLines(action.error, colour)));
  return lines.join('\n');
}

function statusLine(report: RunReport, colour: Palette): string {
  const paint = report.status === 'failed' ? colour.red : report.status === 'completed' ? colour.green : colour.yellow;
  return `${colour.bold('Status')}  ${paint(report.status)}`;
}

function outcome(report: RunReport, colour: Palette): string[] {
  const lines = [statusLine(report, colour)];
  const denial = report.denial as
    { action?: string; method?: string; reason?: string; code?: string; userMessage?: string } | undefined;
  if (denial) {
    const parts = [
      denial.code && `code ${json(denial.code)}`,
      denial.reason !== undefined && `reason ${json(denial.reason)}`,
      denial.userMessage && `user message ${json(denial.userMessage)}`,
    ];
    lines.push(
      `  by ${denial.action} with api.${denial.method}${parts.some(Boolean) ? `: ${parts.filter(Boolean).join(', ')}` : ''}`,
    );
  }
  const redirect = report.redirect as { url: string } | undefined;
  if (redirect) lines.push(`  redirect to ${colour.cyan(redirect.url)}`);
  const challenge = report.challenge as { action: string; method: string; factors: unknown[] } | undefined;
  if (challenge)
    lines.push(
      `  pending challenge from ${challenge.action} (${challenge.method}): ${challenge.factors.map((factor) => inspect(factor, { breakLength: Infinity })).join(', ')}`,
    );
  const prompt = report.prompt as { action: string; id: string } | undefined;
  if (prompt) lines.push(`  pending prompt ${json(prompt.id)} rendered by ${prompt.action}`);
  if (report.error !== undefined && !report.actions.some((action) => action.error !== undefined))
    lines.push(indent(errorLines(report.error, colour)));
  for (const [key, value] of Object.entries(report)) {
    if (!SHOWN.has(key)) lines.push(`${colour.bold(key)}\n${indent(json(value))}`);
  }
  return lines;
}

/** The report for a person: the event, each handler call (commands, logs, error, time), then the outcome. */
export function humanReport(report: RunReport, colour: Palette): string {
  const sections = [
    `${colour.bold('Event')} ${colour.dim(`(${report.trigger}; secrets hidden)`)}\n${indent(json(report.event))}`,
    ...(report.loadLogs === undefined
      ? []
      : [
          `${colour.bold('Loading')} ${colour.dim('(module-level code)')}\n${report.loadLogs.map((log) => indent(`${colour.dim('log')} ${log}`)).join('\n')}`,
        ]),
    report.actions.length === 0
      ? colour.dim('No Action ran.')
      : report.actions.map((action) => actionSection(action, colour)).join('\n\n'),
    outcome(report, colour).join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}
