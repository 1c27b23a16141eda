import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text) {
  return String(text).replace(ANSI, '');
}

/**
 * Runs one command and resolves (never rejects) with its outcome. The child gets its own process group so a
 * timeout ends the command and everything it started (a hung fake-timer test leaves Jest workers behind).
 */
export function run(command, args, { cwd, env = {}, timeoutMs = 300_000, log } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    const finish = (code, signal, spawnError) => {
      clearTimeout(timer);
      const result = {
        code,
        signal,
        stdout,
        stderr: spawnError ? `${stderr}${spawnError.message}\n` : stderr,
        timedOut,
        ms: Date.now() - started,
      };
      if (log) writeLog(log, command, args, cwd, result);
      resolve(result);
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function writeLog(file, command, args, cwd, result) {
  mkdirSync(dirname(file), { recursive: true });
  const header = `$ (cd ${cwd ?? process.cwd()} && ${[command, ...args].join(' ')})\n# exit ${result.code ?? result.signal}${result.timedOut ? ' (timed out)' : ''} after ${result.ms} ms\n`;
  appendFileSync(file, `${header}--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}\n\n`);
}

/** The last lines of a command's output, for a failure summary. */
export function tail(text, lines = 15) {
  return stripAnsi(text).trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs `worker` over `items`, at most `limit` at a time, keeping the order of results. */
export async function mapLimit(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
