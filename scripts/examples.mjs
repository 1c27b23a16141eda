// `pnpm examples`: builds the packages, then runs every example project's tests, a line each with its runners'
// totals. An example's own output is kept and printed only when it fails. `--jobs N` (default 2) runs N at once.
// An example whose `test` script type-checks first (`tsc -p tsconfig.json && <runner>`) runs only its runner here:
// `pnpm typecheck` (a step of `pnpm test`) type-checks every example, and tsc with `skipLibCheck: false` was a
// third of this command's time. `--typecheck` runs the whole `test` script instead.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runPnpm, runPnpmQuietly } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jobsAt = process.argv.indexOf('--jobs');
const jobs = jobsAt === -1 ? 2 : Math.max(1, Number.parseInt(process.argv[jobsAt + 1], 10) || 1);
const typecheck = process.argv.includes('--typecheck');
const TYPECHECK_FIRST = /^tsc -p tsconfig\.json && (\S+(?: \S+)*)$/;

/** `pnpm` arguments that run the example's tests: its `test` script, or the runner after its type check. */
function testCommand(dir) {
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.test ?? '';
  const runner = typecheck ? undefined : TYPECHECK_FIRST.exec(script)?.[1];
  return runner === undefined ? ['run', 'test'] : ['exec', ...runner.split(' ')];
}

// Jest: "Tests:       9 passed, 9 total"; Vitest: "      Tests  11 passed (11)" (colours removed first).
const TOTALS = /^\s*Tests:?\s+(.*\S)\s*$/gm;
const ANSI = /\u001b\[[0-9;]*m/g;

async function runExample(name) {
  const started = Date.now();
  const dir = join(root, 'examples', name);
  const { code, output } = await runPnpmQuietly(testCommand(dir), { cwd: dir });
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

if ((await runPnpm(['run', 'build'])) !== 0) process.exit(1);
const started = Date.now();
const queue = readdirSync(join(root, 'examples')).filter((name) => existsSync(join(root, 'examples', name, 'package.json')));
const results = [];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) results.push(await runExample(name));
  }),
);
const failed = results.filter((ok) => !ok).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const checked = typecheck ? 'type-checked' : 'type checks: `pnpm typecheck`';
console.log(`examples: ${results.length - failed} passed, ${failed} failed (${seconds} s; ${checked})`);
process.exit(failed === 0 ? 0 : 1);
