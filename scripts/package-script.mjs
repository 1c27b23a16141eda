// Runs a package.json script the way `pnpm run` does, without starting pnpm: pnpm's own start-up costs about a
// second of CPU per call, as much as a small example's whole test run, and `pnpm examples` made a dozen such calls
// on a two-core machine. The script's `a && b` steps run in order, each in a shell with the package's and the
// repository's node_modules/.bin first on PATH (what `pnpm run` gives a script); a step `pnpm run <name>` runs that
// script's steps in place.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The steps of script `name` in the package at `dir`, `pnpm run <other>` expanded; throws for a missing script. */
export function scriptSteps(
  dir,
  name,
  scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {},
) {
  const script = scripts[name];
  if (typeof script !== 'string') throw new Error(`${join(dir, 'package.json')} has no "${name}" script`);
  return script.split('&&').flatMap((step) => {
    const nested = /^pnpm run (\S+)$/.exec(step.trim());
    return nested ? scriptSteps(dir, nested[1], scripts) : [step.trim()];
  });
}

/** Runs `steps` in `dir`, stopping at the first that fails; resolves to { code, output } (stdout and stderr). */
export async function runStepsQuietly(dir, steps) {
  const env = {
    ...process.env,
    PATH: [join(dir, 'node_modules', '.bin'), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  };
  let output = '';
  for (const step of steps) {
    const code = await new Promise((resolve) => {
      const child = spawn(step, { cwd: dir, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
      child.on('error', (error) => {
        output += String(error);
        resolve(1);
      });
    });
    if (code !== 0) return { code, output };
  }
  return { code: 0, output };
}

/** Runs script `name` of the package at `dir` with its output captured; resolves to { code, output }. */
export function runScriptQuietly(dir, name) {
  return runStepsQuietly(dir, scriptSteps(dir, name));
}
