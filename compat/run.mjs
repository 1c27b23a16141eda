#!/usr/bin/env node
/**
 * The compatibility matrix: builds and packs every package, installs the tarballs (never workspace links) into
 * throwaway consumer projects, and runs a small suite in each, plus publint, attw and file-list checks on the
 * tarballs. Prints the matrix and exits non-zero when any cell is red. See compat/README.md.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mapExports, verifyBreaks } from './lib/break-verification.mjs';
import { BREAKS } from './lib/breakages.mjs';
import { CELLS } from './lib/matrix.mjs';
import { breakAndRepack, prepare } from './lib/prepare.mjs';
import { runMatrix } from './lib/run-matrix.mjs';
import { report } from './lib/report.mjs';

const USAGE = `Usage: node compat/run.mjs [options]

  --no-build            use the packages' current dist/ instead of building them first
  --only <ids>          run only these cells (comma-separated; a prefix such as "jest30" selects its cells)
  --jobs <n>            installs and cells run at most n at a time (default 3)
  --work-dir <dir>      where tarballs, consumer projects and logs go (default: $TMPDIR/auth0-actions-mock-compat)
  --break <what>        damage the unpacked tarballs before installing: a preset name or <pkg>:<action>:<target>
  --list-breaks         list the presets and the cells each must turn red
  --verify-breaks       run the matrix once per preset (or those given with --breaks a,b) and check that
                        exactly the expected cells turn red; not for CI
  --map-exports         remove each exports leaf of each package in turn and print which rows turn red
  -h, --help            this text`;

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    jobs: { type: 'string', default: '3' },
    'work-dir': { type: 'string', default: join(tmpdir(), 'auth0-actions-mock-compat') },
    break: { type: 'string' },
    'list-breaks': { type: 'boolean', default: false },
    'verify-breaks': { type: 'boolean', default: false },
    'map-exports': { type: 'boolean', default: false },
    breaks: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const workDir = resolve(options['work-dir']);
const logDir = join(workDir, 'logs');
/** What every step needs to know about this run. */
const context = {
  workDir,
  logDir,
  jobs: Math.max(1, Number.parseInt(options.jobs, 10) || 3),
  build: !options['no-build'],
  log,
};

function selectedCells() {
  if (!options.only) return CELLS;
  const wanted = options.only
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const cells = CELLS.filter((cell) =>
    wanted.some((id) => cell.id === id || cell.id.startsWith(`${id}/`) || cell.consumer === id),
  );
  if (cells.length === 0)
    throw new Error(`--only ${options.only} matches no cell; cells: ${CELLS.map((cell) => cell.id).join(', ')}`);
  return cells;
}

/** Two runs in one work dir would delete each other's projects: the second one stops and says why. */
function claimWorkDir() {
  const lock = join(workDir, '.owner');
  if (existsSync(lock)) {
    const owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    let alive = false;
    try {
      process.kill(owner, 0);
      alive = owner !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`another compat run (pid ${owner}) is using ${workDir}; wait for it or pass --work-dir`);
  }
  writeFileSync(lock, String(process.pid));
  process.on('exit', () => rmSync(lock, { force: true }));
}

function log(message) {
  console.log(`[compat] ${message}`);
}

async function main() {
  if (options.help) {
    console.log(USAGE);
    return true;
  }
  if (options['list-breaks']) {
    for (const [name, preset] of Object.entries(BREAKS))
      console.log(
        `${name.padEnd(22)} ${preset.spec}\n${' '.repeat(23)}${preset.why}\n${' '.repeat(23)}turns red: ${preset.red.join(', ')}`,
      );
    return true;
  }
  mkdirSync(workDir, { recursive: true });
  claimWorkDir();
  rmSync(logDir, { recursive: true, force: true });
  const cells = selectedCells();
  const started = Date.now();
  if (options['verify-breaks']) {
    const names = options.breaks ? options.breaks.split(',').map((name) => name.trim()) : Object.keys(BREAKS);
    return verifyBreaks(cells, names, context);
  }
  if (options['map-exports']) return mapExports(cells, context);
  const prepared = await prepare(context, { build: context.build });
  if (options.break) await breakAndRepack(prepared, options.break, context);
  const outcome = await runMatrix(prepared, cells, context);
  const green = report(outcome, logDir);
  log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return green;
}

main().then(
  (green) => {
    process.exitCode = green ? 0 : 1;
  },
  (error) => {
    console.error(`[compat] ${error.stack ?? error}`);
    process.exitCode = 2;
  },
);
