// Runs pnpm the way this process was started (npx pnpm@10, a global pnpm, or corepack), so nested steps never
// depend on pnpm being on PATH.
import { spawn } from 'node:child_process';

export function pnpmCommand(args) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    return /\.(c|m)?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [execPath, args];
  }
  return ['pnpm', args];
}

/** Runs `pnpm <args>` with inherited output; resolves to the exit code. */
export function runPnpm(args, options = {}) {
  const [command, commandArgs] = pnpmCommand(args);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

/** Runs `pnpm <args>` with its output captured (stdout and stderr interleaved); resolves to { code, output }. */
export function runPnpmQuietly(args, options = {}) {
  const [command, commandArgs] = pnpmCommand(args);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
  });
}
