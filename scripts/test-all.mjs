// `pnpm test`: every check CI runs, in order, with a summary table and a closing "N passed, N failed" line.
// A failing step does not stop the later ones (except the build, which they all need), so one run shows
// everything that is broken.
import { readdirSync, readFileSync } from 'node:fs';
import { runPnpm } from './pnpm.mjs';

const filter = (name) => ['--filter', name];

// An example whose own test script starts with `tsc` is type-checked by the examples step: checking it here too
// would do the same work twice.
const examplesCheckedByTheirTest = readdirSync(new URL('../examples/', import.meta.url)).filter((name) => {
  try {
    const manifest = JSON.parse(readFileSync(new URL(`../examples/${name}/package.json`, import.meta.url), 'utf8'));
    return /^tsc\b/.test(manifest.scripts?.test ?? '');
  } catch {
    return false;
  }
});
const typecheckSelection = examplesCheckedByTheirTest.flatMap((name) => filter(`!./examples/${name}`));

const steps = [
  ['build the packages', ['run', 'build']],
  [
    'typecheck (packages, type tests, examples the examples step does not check)',
    ['-r', '--workspace-concurrency=2', ...typecheckSelection, 'run', 'typecheck'],
  ],
  ['lint: ESLint over the whole repository (type-aware rules on the library source)', ['run', 'lint']],
  ['format: every file as Prettier prints it (120 columns; `pnpm format` fixes)', ['run', 'format:check']],
  ['API reference: every {@link} in the doc comments resolves (TypeDoc)', ['run', 'docs:check']],
  ['build scripts: declarations, package scripts, staleness check (node:test)', ['run', 'test:scripts']],
  ['core: unit, security and simulation tests (Vitest 4)', [...filter('@auth0-actions-mock/core'), 'run', 'test']],
  ["core: the CommonJS build in Jest's runtime (Jest 30)", [...filter('@auth0-actions-mock/core'), 'run', 'test:jest']],
  ['jest adapter: matchers and messages (Jest 30, node:test)', [...filter('@auth0-actions-mock/jest'), 'run', 'test']],
  [
    'vitest adapter: matchers and messages (Vitest 4, Node 20)',
    [...filter('@auth0-actions-mock/vitest'), 'run', 'test'],
  ],
  [
    'vitest adapter: matchers and messages (Vitest 5, Node 22)',
    [...filter('@auth0-actions-mock/vitest'), 'run', 'test:vitest5'],
  ],
  ['examples (Jest and Vitest)', ['--filter', './examples/*', '--workspace-concurrency=1', 'run', 'test']],
  ['compatibility matrix from the packed tarballs', ['run', 'test:compat', '--no-build']],
  [
    'benchmark tooling: generator, verdicts, diagnostics (node:test)',
    [...filter('@auth0-actions-mock/bench'), 'run', 'test'],
  ],
  ['benchmark smoke run', ['run', 'bench', '--quick']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, args] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  console.log(`\n=== ${name}: pnpm ${args.join(' ')}`);
  const started = Date.now();
  const code = await runPnpm(args);
  results.push({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (results.length === 1 && code !== 0 && only.length === 0) break;
}

console.log('\n| step | result | seconds |\n| --- | --- | --- |');
for (const { name, ok, seconds } of results) console.log(`| ${name} | ${ok ? 'pass' : 'FAIL'} | ${seconds} |`);
const failed = results.filter((result) => !result.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
