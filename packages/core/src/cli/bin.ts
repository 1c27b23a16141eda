#!/usr/bin/env node
import { runCommand } from './command.js';

/**
 * Exits once the report is out: an Action that left a timer or a socket open (a fetch still pending after the
 * runtime's time limit) must not keep the command running. The empty writes' callbacks run after what was written
 * before them is flushed, pipes included.
 */
function exitWith(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

runCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  exitWith,
  (error: unknown) => {
    process.stderr.write(
      `auth0-actions-mock: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    exitWith(70);
  },
);
