// `pnpm test`: every check CI runs, in order, with a summary table and a closing "N passed, N failed" line.
// A failing step does not stop the later ones, so one run shows everything that is broken.
import { runPnpm } from './pnpm.mjs';

const steps = [
  ['build', ['run', 'build']],
  ['typecheck', ['run', 'typecheck']],
  ['core unit tests (Vitest)', ['--filter', '@auth0-actions-mock/core', 'run', 'test']],
];

const results = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name}: pnpm ${args.join(' ')}`);
  const started = Date.now();
  const code = await runPnpm(args);
  results.push({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (name === 'build' && code !== 0) break;
}

console.log('\n| step | result | seconds |\n| --- | --- | --- |');
for (const { name, ok, seconds } of results) console.log(`| ${name} | ${ok ? 'pass' : 'FAIL'} | ${seconds} |`);
const failed = results.filter((result) => !result.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
