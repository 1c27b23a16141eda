#!/usr/bin/env node
import { runCommand } from './command.js';

// process.exitCode, not process.exit(): stdout is flushed before the process ends, even when piped.
runCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`auth0-actions-mock: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
