// `pnpm examples`: builds the packages, then runs every example project's tests, a line each with its runners'
// totals. An example's own output is kept and printed only when it fails. `--jobs N` (default 2) runs N at once.
// An example's `test` script runs step by step without pnpm (scripts/package-script.mjs): a pnpm start per
// example, and per nested `pnpm run`, cost as much CPU as the smaller examples' tests. A `tsc -p tsconfig.json`
// step (an example that type-checks first) is left out here: `pnpm typecheck` (a step of `pnpm test`) type-checks
// every example, and tsc with `skipLibCheck: false` was a third of this command's time. `--typecheck` keeps it.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startBuild } from './build.mjs';
import { runStepsQuietly, scriptSteps } from './package-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jobsAt = process.argv.indexOf('--jobs');
const jobs = jobsAt === -1 ? 2 : Math.max(1, Number.parseInt(process.argv[jobsAt + 1], 10) || 1);
const typecheck = process.argv.includes('--typecheck');
const TYPECHECK_STEP = /^tsc -p tsconfig\.json$/;

/** The steps of the example's `test` script that this command runs: all of them, or all but its type check. */
function testSteps(dir) {
  return scriptSteps(dir, 'test').filter((step) => typecheck || !TYPECHECK_STEP.test(step));
}

// Jest: "Tests:       9 passed, 9 total"; Vitest: "      Tests  11 passed (11)" (colours removed first).
const TOTALS = /^\s*Tests:?\s+(.*\S)\s*$/gm;
const ANSI = /\u001b\[[0-9;]*m/g;

async function runExample(name) {
  const started = Date.now();
  const dir = join(root, 'examples', name);
  const { code, output } = await runStepsQuietly(dir, testSteps(dir));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const plain = output.replace(ANSI, '');
  const totals = [...plain.matchAll(TOTALS)].map((match) => match[1]).join('; ') || 'no test totals found';
  if (code === 0) {
    console.log(`examples/${name}: ${totals} (${seconds} s)`);
    return true;
  }
  console.error(`\nexamples/${name} FAILED (${seconds} s); its output:\n\n${plain.trimEnd()}\n`);
  return false;
}

// Core's declaration bundle, the build's slowest step, goes on while the examples run: none of them reads it
// unless it type-checks (`--typecheck`), and the command fails if it fails.
const build = startBuild();
if (!(await (typecheck ? build.done : build.runnable))) {
  await build.done;
  process.exit(1);
}
const started = Date.now();
// Largest suites first (by their number of test files), so the run does not end with one long suite on one core.
const testFiles = (name) => {
  const dir = join(root, 'examples', name, 'test');
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
};
const queue = readdirSync(join(root, 'examples'))
  .filter((name) => existsSync(join(root, 'examples', name, 'package.json')))
  .sort((a, b) => testFiles(b) - testFiles(a) || a.localeCompare(b));
const results = [];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) results.push(await runExample(name));
  }),
);
const built = await build.done;
const failed = results.filter((ok) => !ok).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const checked = typecheck ? 'type-checked' : 'type checks: `pnpm typecheck`';
console.log(`examples: ${results.length - failed} passed, ${failed} failed (${seconds} s; ${checked})`);
if (!built) console.error("examples: the packages' build failed (its output is above)");
process.exit(failed === 0 && built ? 0 : 1);
