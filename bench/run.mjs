#!/usr/bin/env node
/**
 * `pnpm bench [--quick] [--only=unit,cache] [--kinds=cache] [--runners=jest] [--files=40] [--profile]`: runs each
 * scenario in its own Node process, prints a table, writes bench/results.json. Exits non-zero only when a scenario
 * crashes, never because of a number.
 *   --quick    a smoke run: few iterations, a 20-test generated suite (for CI)
 *   --only     a comma-separated subset of: unit, redirect, cache, suite, cold-import, post-login-unit,
 *              post-login-flow
 *   --kinds    the suite scenario's test kinds, a comma-separated subset of: deny, cache, redirect (default: all);
 *              one kind at a time shows which kind of test the library makes slower
 *   --runners  the suite scenario's runners, a comma-separated subset of: vitest, jest (default: both)
 *   --files    spreads the suite scenario's tests over this many files (default 1): each file loads and warms
 *              the library up anew, as in a suite with a test file per Action
 *   --profile  writes a V8 CPU profile of each scenario process to bench/.tmp/profiles (node --cpu-prof)
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './lib/report.mjs';
import { buildIfStale } from '../scripts/build-if-stale.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const SCENARIOS = ['unit', 'redirect', 'cache', 'suite', 'cold-import', 'post-login-unit', 'post-login-flow'];

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const requested = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : SCENARIOS;
const selected = SCENARIOS.filter((name) => requested.includes(name));
const KINDS = ['deny', 'cache', 'redirect'];
const kindsArg = args.find((arg) => arg.startsWith('--kinds='));
const kinds = kindsArg ? kindsArg.slice('--kinds='.length).split(',').filter(Boolean) : [];
const RUNNERS = ['vitest', 'jest'];
const runnersArg = args.find((arg) => arg.startsWith('--runners='));
const runners = runnersArg ? runnersArg.slice('--runners='.length).split(',').filter(Boolean) : [];
const filesArg = args.find((arg) => arg.startsWith('--files='));
const isKnownOption = (arg) =>
  ['--quick', '--profile'].includes(arg) ||
  ['--only=', '--kinds=', '--runners=', '--files='].some((prefix) => arg.startsWith(prefix));
const unknown = [
  ...requested.filter((name) => !SCENARIOS.includes(name)),
  ...kinds.filter((kind) => !KINDS.includes(kind)),
  ...runners.filter((runner) => !RUNNERS.includes(runner)),
  ...(filesArg && !/^--files=[1-9][0-9]*$/.test(filesArg) ? [filesArg] : []),
  ...args.filter((arg) => !isKnownOption(arg)),
];
if (unknown.length > 0) {
  console.error(
    `bench: unknown scenario, kind, runner or option ${unknown.join(', ')}; scenarios: ${SCENARIOS.join(', ')}; kinds: ${KINDS.join(', ')}; runners: ${RUNNERS.join(', ')}; options: --quick, --only=a,b, --kinds=a,b, --runners=a,b, --files=N, --profile`,
  );
  process.exit(2);
}

// On a fresh clone (or after an edit) the packages are built first: the scenarios measure the built packages.
if (!(await buildIfStale())) {
  console.error('bench: the packages failed to build (output above)');
  process.exit(1);
}
try {
  await import('@auth0-actions-mock/core');
} catch (error) {
  console.error(`bench: cannot load @auth0-actions-mock/core after building it (${error.message})`);
  process.exit(1);
}

function runChild(name) {
  const profileDir = join(benchDir, '.tmp', 'profiles');
  if (profile) mkdirSync(profileDir, { recursive: true });
  const execArgv = profile
    ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.${Date.now()}.cpuprofile`]
    : [];
  return new Promise((resolve) => {
    let message;
    const childArgs = [
      ...(quick ? ['--quick'] : []),
      ...(kinds.length > 0 ? [`--kinds=${kinds.join(',')}`] : []),
      ...(runners.length > 0 ? [`--runners=${runners.join(',')}`] : []),
      ...(filesArg ? [filesArg] : []),
    ];
    const child = fork(join(benchDir, 'scenarios', `${name}.mjs`), childArgs, {
      cwd: benchDir,
      execArgv,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (received) => {
      message = received;
    });
    child.on('exit', (code, signal) => {
      if (message && (message.status !== 'ok' || code === 0)) resolve(message);
      else
        resolve({
          scenario: name,
          status: 'crashed',
          error: `the scenario process exited with ${signal ?? code}${message ? ' after reporting' : ' without reporting'}`,
        });
    });
  });
}

const startedAt = new Date();
const loadBefore = loadavg();
console.error(
  `bench: ${quick ? 'quick smoke run' : 'full run'} of ${selected.join(', ')} on Node ${process.version}, ${cpus().length} cores, load ${loadBefore.map((load) => load.toFixed(2)).join(' ')}`,
);
const results = [];
for (const name of selected) {
  const started = process.hrtime.bigint();
  console.error(`bench: ${name}...`);
  const result = await runChild(name);
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push(result);
}

const output = {
  startedAt: startedAt.toISOString(),
  mode: quick ? 'quick' : 'full',
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage: { before: loadBefore, after: loadavg() },
  scenarios: results,
};
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
console.log(`\n${formatTable(results, { quick })}`);
console.log(
  `\nload average before ${loadBefore.map((load) => load.toFixed(2)).join(' ')}, after ${output.loadAverage.after.map((load) => load.toFixed(2)).join(' ')}; written to bench/results.json`,
);

const crashed = results.filter((result) => result.status === 'crashed');
if (crashed.length > 0) {
  for (const result of crashed) console.error(`\nbench: ${result.scenario} crashed:\n${result.error}`);
  process.exitCode = 1;
}
