import { FULL, QUICK } from './measure.mjs';

/** Thrown when a scenario needs a part of the library that is not there (yet): reported, not a crash. */
export class Unavailable extends Error {}

/**
 * The child-process side of a scenario: runs it with the run's settings and hands the result to the parent over
 * IPC (or prints it as JSON when the file is run on its own). Progress goes to stderr.
 */
export function runScenario(name, run) {
  const quick = process.argv.includes('--quick');
  const report = (result) => {
    const message = { scenario: name, ...result };
    if (process.send) process.send(message);
    else process.stdout.write(`${JSON.stringify(message, null, 2)}\n`);
  };
  const log = (line) => process.stderr.write(`  [${name}] ${line}\n`);
  run({ quick, settings: quick ? QUICK : FULL, log }).then(
    (result) => report({ status: 'ok', ...result }),
    (error) => {
      if (error instanceof Unavailable) {
        report({ status: 'unavailable', reason: error.message });
      } else {
        report({ status: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.exitCode = 1;
      }
    },
  );
}

/** Runs `fn` once and requires it to throw: proves a check in a benchmark really checks something. */
export async function mustFail(label, fn) {
  try {
    await fn();
  } catch {
    return;
  }
  throw new Error(`Self-check failed: ${label} passed although its expectation was wrong.`);
}
