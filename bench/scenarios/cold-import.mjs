/**
 * Scenario 5, cold import: a fresh Node that loads core (CommonJS `require`, ES `import`) against a fresh Node that
 * does nothing, alternating, by wall time; and a check that jose and the fake clock load only on first use.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, summarize } from '../lib/measure.mjs';
import { runScenario } from '../lib/scenario.mjs';
import { TARGETS, addedMsTarget } from '../lib/targets.mjs';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const now = process.hrtime.bigint;

// The library side prints how long the import itself took, inside the process, next to the wall time.
const PROGRAMS = {
  cjs: {
    bare: ['-e', '0'],
    ours: [
      '-e',
      "const t = process.hrtime.bigint(); require('@auth0-actions-mock/core'); process.stdout.write(String(process.hrtime.bigint() - t))",
    ],
  },
  esm: {
    bare: ['--input-type=module', '-e', '0'],
    ours: [
      '--input-type=module',
      '-e',
      "const t = process.hrtime.bigint(); await import('@auth0-actions-mock/core'); process.stdout.write(String(process.hrtime.bigint() - t))",
    ],
  },
};

function runNode(args) {
  const start = now();
  const child = spawnSync(process.execPath, args, {
    cwd: benchDir,
    encoding: 'utf-8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const wallMs = Number(now() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return { wallMs, stdout: child.stdout };
}

function lazyCheck(format) {
  const child = spawnSync(process.execPath, ['lib/lazy-check.mjs', format], {
    cwd: benchDir,
    encoding: 'utf-8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (child.status !== 0) throw new Error(`lazy-check ${format} exited ${child.status}: ${child.stderr}`);
  const result = JSON.parse(child.stdout);
  const loadedAtImport = [...result.afterImport.jose, ...result.afterImport.fakeTimers];
  const controlSeesThem = result.afterSign.jose.length > 0 && result.afterClock.fakeTimers.length > 0;
  return {
    format,
    lazy: loadedAtImport.length === 0,
    loadedAtImport,
    controlSeesThem,
    joseFilesAfterFirstSign: result.afterSign.jose.length,
    fakeTimersFilesAfterFirstClock: result.afterClock.fakeTimers.length,
    packageFilesAtImport: result.packageFilesAtImport,
  };
}

runScenario('cold-import', async ({ quick, log }) => {
  const rounds = quick ? 3 : 30;
  const warmup = quick ? 1 : 3;
  const rows = [];
  for (const [format, programs] of Object.entries(PROGRAMS)) {
    log(`${format}: ${rounds} rounds`);
    const wall = { bare: [], ours: [] };
    const importMs = [];
    for (let round = 0; round < warmup + rounds; round += 1) {
      const order = round % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const side of order) {
        const { wallMs, stdout } = runNode(programs[side]);
        if (round < warmup) continue;
        wall[side].push(wallMs);
        if (side === 'ours') importMs.push(Number(stdout) / 1e6);
      }
    }
    // Each round starts both programs back to back: the round-by-round difference cancels drifting load.
    const addedMs = median(wall.ours.map((value, index) => value - wall.bare[index]));
    rows.push({
      label: `cold import (${format})`,
      unit: 'ms',
      ours: summarize(wall.ours),
      baseline: summarize(wall.bare),
      baselineLabel: 'bare node',
      ratio: median(wall.ours) / median(wall.bare),
      pairedRatio: median(wall.ours.map((value, index) => value / wall.bare[index])),
      addedMs,
      importInProcessMs: summarize(importMs),
      target: addedMsTarget(addedMs, TARGETS.coldImportMs),
    });
  }
  const lazyLoading = ['cjs', 'esm'].map(lazyCheck);
  return { rows, lazyLoading };
});
