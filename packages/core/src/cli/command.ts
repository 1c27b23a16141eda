import { parseCommand, wantsJson, type RunRequest } from './arguments.js';
import { paletteFor, type Palette } from './colours.js';
import { ActionRefused, EXIT, UsageError, type ExitCode } from './errors.js';
import { describeError } from './error-report.js';
import { helpText } from './help.js';
import { humanReport } from './human-report.js';
import { loadTarget } from './load-target.js';
import { buildReport } from './report.js';
import { captureLogs } from '../simulation/log-capture.js';
import { runFlow } from './run-flow.js';

/** Where the command writes, and what it reads of its environment: a process, or a test. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; hasColors?: () => boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; hasColors?: () => boolean };
  env: NodeJS.ProcessEnv;
}

const redactNothing = (text: string): string => text;

/** An Action the runtime's loader refuses: nothing ran, yet for the user the Action failed (exit 1). */
function refused(request: RunRequest, error: ActionRefused, io: CommandIo, colour: Palette): ExitCode {
  const report = describeError(error.cause, redactNothing);
  if (request.json) {
    io.stdout.write(
      `${JSON.stringify({ trigger: request.trigger, status: 'failed', actions: [], error: report }, null, 2)}\n`,
    );
  } else {
    io.stderr.write(
      `${colour.red(`${report.name}: ${report.message}`)}\n${report.stack ? `${report.stack}\n` : ''}${colour.bold('Status')}  ${colour.red('failed')}\n`,
    );
  }
  return EXIT.actionFailed;
}

async function run(request: RunRequest, io: CommandIo): Promise<ExitCode> {
  const colour = paletteFor(io.stdout, io.env);
  // Module-level code runs at load: what it writes is reported, never mixed into stdout (--json is one document).
  const loadLogs: string[] = [];
  const sink = { write: (line: string) => loadLogs.push(line), echo: false, closed: false };
  let flow;
  try {
    flow = await captureLogs(sink, () => loadTarget(request.target, request.trigger, request));
  } catch (error) {
    if (error instanceof ActionRefused) return refused(request, error, io, paletteFor(io.stderr, io.env));
    throw error;
  } finally {
    sink.closed = true;
  }
  const report = buildReport(request.trigger, await runFlow(request, flow), loadLogs);
  io.stdout.write(request.json ? `${JSON.stringify(report, null, 2)}\n` : humanReport(report, colour));
  return report.status === 'failed' ? EXIT.actionFailed : EXIT.ok;
}

/**
 * `auth0-actions-mock <argv>`: resolves to the exit status. With `--json`, stdout gets exactly one JSON document
 * whatever happens (an argument error is `{ "error": { name, message } }`); otherwise errors go to stderr.
 */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const json = wantsJson(argv);
  try {
    const command = parseCommand(argv, io.env);
    if (command.kind === 'help') {
      io.stdout.write(helpText());
      return EXIT.ok;
    }
    return await run(command.request, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (json) io.stdout.write(`${JSON.stringify({ error: { name: error.name, message: error.message } }, null, 2)}\n`);
    else
      io.stderr.write(
        `${paletteFor(io.stderr, io.env).red(`auth0-actions-mock: ${error.message}`)}\nRun auth0-actions-mock --help for every option, with examples.\n`,
      );
    return EXIT.badArguments;
  }
}
