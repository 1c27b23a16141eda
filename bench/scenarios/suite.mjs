/**
 * Scenario 4, suite: a generated test file (1,000 tests; 20 with --quick; `--files=N` spreads them over N files)
 * run by Vitest and by Jest, with the library, with the hand-rolled baseline, and with the baseline's tests while
 * the library is set up but unused (what setting it up costs before any test uses it), timed from spawn to exit.
 * The sides take turns so machine load falls on all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@auth0-actions-mock/core';
import { requireFeatures } from '../lib/features.mjs';
import { median, summarize } from '../lib/measure.mjs';
import { runScenario } from '../lib/scenario.mjs';
import { TARGETS, ratioTarget } from '../lib/targets.mjs';
import { generateSuite } from '../suite/generate.mjs';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const now = process.hrtime.bigint;

/** The runner's command-line entry, from the workspace's own install. */
function binOf(name, bin) {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf-8')).name !== name
  ) {
    dir = dirname(dir);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf-8'));
  return {
    version: manifest.version,
    entry: join(dir, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]),
  };
}

const ALL_RUNNERS = { vitest: () => binOf('vitest', 'vitest'), jest: () => binOf('jest', 'jest') };
const runnersArg = process.argv.find((arg) => arg.startsWith('--runners='));
const RUNNER_NAMES = runnersArg ? runnersArg.slice('--runners='.length).split(',') : Object.keys(ALL_RUNNERS);
const unknownRunner = RUNNER_NAMES.find((name) => !(name in ALL_RUNNERS));
if (unknownRunner)
  throw new Error(`--runners: unknown runner "${unknownRunner}" (known: ${Object.keys(ALL_RUNNERS).join(', ')})`);
const RUNNERS = Object.fromEntries(RUNNER_NAMES.map((name) => [name, ALL_RUNNERS[name]()]));
const SIDES = ['ours', 'baseline', 'registered'];

function runOnce(runner, project, tests) {
  rmSync(project.report, { force: true });
  const start = now();
  const child = spawnSync(process.execPath, [RUNNERS[runner].entry, ...project.args], {
    cwd: project.dir,
    encoding: 'utf-8',
    env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(now() - start) / 1e6;
  const report = existsSync(project.report) ? JSON.parse(readFileSync(project.report, 'utf-8')) : undefined;
  if (child.status !== 0 || report?.numPassedTests !== tests) {
    const output = `${child.stdout}\n${child.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(
      `${runner} on ${project.dir} exited ${child.status}, ${report?.numPassedTests ?? 'no'} of ${tests} tests passed:\n${output}`,
    );
  }
  return wallMs;
}

runScenario('suite', async ({ quick, log }) => {
  requireFeatures({ matcherNames: ['toHaveDenied', 'toHaveCached'] });
  const withRedirect = typeof core.simulate === 'function';
  if (withRedirect) requireFeatures({ simulate: true, matcherNames: ['toRedirectTo', 'toHaveSetResultUrl'] });
  const available = withRedirect ? ['deny', 'cache', 'redirect'] : ['deny', 'cache'];
  const kindsArg = process.argv.find((arg) => arg.startsWith('--kinds='));
  const kinds = kindsArg
    ? available.filter((kind) => kindsArg.slice('--kinds='.length).split(',').includes(kind))
    : available;
  if (kinds.length === 0) throw new Error(`--kinds names none of the available test kinds (${available.join(', ')})`);
  const tests = quick ? 20 : 1000;
  const filesArg = process.argv.find((arg) => arg.startsWith('--files='));
  const files = Math.min(filesArg ? Number(filesArg.slice('--files='.length)) : 1, tests);
  const warmup = quick ? 0 : 1;
  const reps = quick ? 1 : 7;
  const root = join(benchDir, '.tmp', 'suite');

  const projects = {};
  for (const runner of Object.keys(RUNNERS)) {
    projects[runner] = Object.fromEntries(
      SIDES.map((side) => [side, generateSuite({ root, runner, side, kinds, tests, files })]),
    );
  }

  const wall = Object.fromEntries(
    Object.keys(RUNNERS).map((runner) => [runner, Object.fromEntries(SIDES.map((side) => [side, []]))]),
  );
  for (let rep = 0; rep < warmup + reps; rep += 1) {
    for (const runner of Object.keys(RUNNERS)) {
      // The sides take turns in an order that rotates from rep to rep.
      const order = SIDES.map((_, index) => SIDES[(index + rep) % SIDES.length]);
      for (const side of order) {
        const wallMs = runOnce(runner, projects[runner][side], tests);
        log(`${runner} ${side} ${rep < warmup ? '(warm-up) ' : ''}${(wallMs / 1000).toFixed(2)} s`);
        if (rep >= warmup) wall[runner][side].push(wallMs);
      }
    }
  }

  const rows = Object.keys(RUNNERS).map((runner) => {
    const { ours, baseline, registered } = wall[runner];
    const ratio = median(ours) / median(baseline);
    // Each rep runs the sides back to back, so the rep-by-rep ratio cancels load that drifts during the run.
    const pairedRatio = median(ours.map((value, index) => value / baseline[index]));
    return {
      label: `suite: ${runner} ${RUNNERS[runner].version}, ${tests} tests${files > 1 ? ` in ${files} files` : ''}`,
      unit: 'ms',
      ours: summarize(ours),
      baseline: summarize(baseline),
      ratio,
      pairedRatio,
      // The baseline's tests with the matchers registered and never used: the share of the ratio that comes from
      // the runner's cost per registered matcher, not from the library's code.
      registeredOnly: {
        ...summarize(registered),
        pairedRatio: median(registered.map((value, index) => value / baseline[index])),
      },
      setup: projects[runner].ours.setup,
      target: ratioTarget(pairedRatio, TARGETS.suiteRatio),
    };
  });
  return { rows, tests, files, kinds, reps, projects: Object.keys(RUNNERS).map((runner) => projects[runner].ours.dir) };
});
