#!/usr/bin/env node
/**
 * The compatibility matrix: builds and packs every package, installs the tarballs (never workspace links) into
 * throwaway consumer projects, and runs a small suite in each, plus publint, attw and file-list checks on the
 * tarballs. Prints the matrix and exits non-zero when any cell is red. See compat/README.md.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BREAKS, applyBreak } from './lib/breakages.mjs';
import { testCell, typecheckCell } from './lib/cells.mjs';
import { mapLimit } from './lib/exec.mjs';
import { installProject, installedVersion } from './lib/install.mjs';
import { CELLS, CONSUMERS, PACKAGE_CHECKS, TOOLS } from './lib/matrix.mjs';
import { nodeRuntime } from './lib/node-runtime.mjs';
import { runPackageCheck } from './lib/package-checks.mjs';
import { renderTables } from './lib/table.mjs';
import { PUBLISHED, buildPackages, discoverPackages, packPackages, repack } from './lib/workspace.mjs';

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

const jobs = Math.max(1, Number.parseInt(options.jobs, 10) || 3);
const workDir = resolve(options['work-dir']);
const logDir = join(workDir, 'logs');

function selectedCells() {
  if (!options.only) return CELLS;
  const wanted = options.only.split(',').map((id) => id.trim()).filter(Boolean);
  const cells = CELLS.filter((cell) => wanted.some((id) => cell.id === id || cell.id.startsWith(`${id}/`) || cell.consumer === id));
  if (cells.length === 0) throw new Error(`--only ${options.only} matches no cell; cells: ${CELLS.map((cell) => cell.id).join(', ')}`);
  return cells;
}

async function prepare() {
  const packages = discoverPackages();
  const unavailable = {};
  for (const short of PUBLISHED) if (!packages[short]) unavailable[short] = `packages/${short} has no package.json yet`;
  const started = Date.now();
  if (!options['no-build']) Object.assign(unavailable, await buildPackages(packages, logDir));
  const built = Date.now();
  const packed = await packPackages(packages, workDir, logDir, unavailable);
  rmSync(join(workDir, 'pristine'), { recursive: true, force: true });
  log(`built in ${((built - started) / 1000).toFixed(1)}s, packed ${Object.values(packed).map((entry) => entry.name).join(', ') || 'nothing'} in ${((Date.now() - built) / 1000).toFixed(1)}s`);
  for (const [short, reason] of Object.entries(unavailable)) log(`${short} unavailable: ${reason.split('\n')[0]}`);
  return { packed, unavailable };
}

async function breakAndRepack({ packed }, what) {
  const description = applyBreak(what, packed);
  const short = (BREAKS[what]?.spec ?? what).split(':')[0];
  await repack(packed[short]);
  log(`--break ${what}: ${description}`);
}

/** A cell runs on its own Node when it names one, else on its consumer's. */
function nodeOf(cell) {
  return cell.node ?? CONSUMERS[cell.consumer].node;
}

/** One pass over the matrix with the tarballs as they are now. */
async function runMatrix({ packed, unavailable }, cells) {
  const started = Date.now();
  for (const dir of ['projects', 'results', 'jest-cache']) rmSync(join(workDir, dir), { recursive: true, force: true });
  const consumerIds = [...new Set(cells.map((cell) => cell.consumer))];
  const installs = new Map();
  const installStarted = Date.now();
  await Promise.all([
    mapLimit([{ id: 'tools', ...TOOLS, ours: [] }, ...consumerIds.map((id) => ({ id, name: `compat-${id}`, ...CONSUMERS[id] }))], jobs, async (project) => {
      installs.set(project.id, await installProject({
        dir: join(workDir, 'projects', project.id),
        name: project.name,
        type: project.type,
        templates: project.templates ?? [],
        devDependencies: project.devDependencies,
        packed,
        unavailable,
        ourPackages: project.ours,
        logDir,
      }));
    }),
    ...[...new Set(cells.map(nodeOf))].map((wanted) => nodeRuntime(wanted)),
  ]);
  log(`installed ${installs.size} projects in ${((Date.now() - installStarted) / 1000).toFixed(1)}s`);

  const tools = installs.get('tools');
  const packageTasks = Object.values(packed).flatMap((entry) => PACKAGE_CHECKS.map((check) => ({ entry, check })));
  // Type checks first: they are the longest steps, and starting them early keeps both cores busy to the end.
  const cellTasks = [
    ...cells.filter((cell) => cell.typecheck).map((cell) => ({ cell, step: 'types' })),
    ...cells.map((cell) => ({ cell, step: 'tests' })),
  ];
  const [packageOutcomes, cellOutcomes] = await Promise.all([
    mapLimit(packageTasks, 1, async ({ entry, check }) => (tools.ok
      ? runPackageCheck(check, entry, join(workDir, 'projects', 'tools'), logDir)
      : { ok: false, reason: `the tools project did not install: ${tools.reason}` })),
    mapLimit(cellTasks, jobs, async ({ cell, step }) => {
      const install = installs.get(cell.consumer);
      const node = await nodeRuntime(nodeOf(cell));
      if (!install.usable) return { ok: false, reason: install.reason };
      if (!node.ok) return { ok: false, reason: node.reason };
      const projectDir = join(workDir, 'projects', cell.consumer);
      return step === 'types' ? typecheckCell(cell, projectDir, logDir) : testCell(cell, projectDir, node, workDir, logDir);
    }),
  ]);

  const cellResults = [];
  for (const cell of cells) {
    const consumer = CONSUMERS[cell.consumer];
    const projectDir = join(workDir, 'projects', cell.consumer);
    const install = installs.get(cell.consumer);
    const node = await nodeRuntime(nodeOf(cell));
    const outcome = (step) => cellOutcomes[cellTasks.findIndex((task) => task.cell === cell && task.step === step)];
    const types = cell.typecheck ? outcome('types') : undefined;
    const tests = outcome('tests');
    const version = install.usable ? installedVersion(projectDir, consumer.runnerPackage) : undefined;
    const ok = install.ok && (!types || types.ok) && tests.ok;
    cellResults.push({
      id: cell.id,
      runner: `${consumer.runnerLabel}${version ? ` ${version}` : ''}`,
      node: node.ok ? node.version : `${nodeOf(cell)} (missing)`,
      module: cell.module,
      install: { ok: install.ok },
      types: types && install.usable ? types : undefined,
      tests: install.usable ? tests : undefined,
      ms: (types?.ms ?? 0) + (tests?.ms ?? 0),
      ok,
      reasons: [
        install.ok ? '' : `install: ${install.reason}`,
        install.usable && types && !types.ok ? `types: ${types.reason}` : '',
        install.usable && !tests.ok ? `tests: ${tests.reason}` : '',
      ].filter(Boolean),
    });
  }
  const packageResults = Object.values(packed).map((entry) => {
    const checks = PACKAGE_CHECKS.map((check) => packageOutcomes[packageTasks.findIndex((task) => task.entry === entry && task.check === check)]);
    return {
      name: entry.name,
      short: entry.short,
      checks,
      ok: checks.every((check) => check.ok),
      reasons: checks.map((check, index) => (check.ok ? '' : `${PACKAGE_CHECKS[index]}: ${check.reason}`)).filter(Boolean),
    };
  });
  for (const [short, reason] of Object.entries(unavailable)) {
    packageResults.push({ name: `@auth0-actions-mock/${short}`, short, checks: PACKAGE_CHECKS.map(() => ({ ok: false })), ok: false, reasons: [reason] });
  }
  return { cellResults, packageResults, ms: Date.now() - started };
}

/** The ids of every red row, packaging rows as `<package>/<check>`. */
function redIds({ cellResults, packageResults }) {
  return [
    ...cellResults.filter((result) => !result.ok).map((result) => result.id),
    ...packageResults.flatMap((result) => result.checks.map((check, index) => (check.ok ? null : `${result.short}/${PACKAGE_CHECKS[index]}`)).filter(Boolean)),
  ];
}

function report(outcome) {
  const failures = [...outcome.cellResults, ...outcome.packageResults].filter((result) => !result.ok);
  for (const failure of failures) {
    console.log(`\n✗ ${failure.id ?? failure.name}`);
    for (const reason of failure.reasons) console.log(reason.split('\n').map((line) => `    ${line}`).join('\n'));
  }
  console.log(`\n${renderTables(outcome.cellResults, outcome.packageResults)}\n`);
  const total = outcome.cellResults.length + outcome.packageResults.length;
  console.log(`${failures.length === 0 ? 'All' : `${total - failures.length} of`} ${total} rows green; matrix ran in ${(outcome.ms / 1000).toFixed(1)}s. Logs: ${logDir}`);
  return failures.length === 0;
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

/**
 * One baseline run, then one run per preset. A preset passes when the rows it turns red (red now, green in the
 * baseline) are exactly the rows it names. A row already red in the baseline cannot show the damage, so it is
 * listed apart: the verification is only complete once the baseline is all green.
 */
async function verifyBreaks(cells) {
  const names = options.breaks ? options.breaks.split(',').map((name) => name.trim()) : Object.keys(BREAKS);
  for (const name of names) if (!BREAKS[name]) throw new Error(`unknown break preset ${name}; see --list-breaks`);
  const selected = new Set(cells.map((cell) => cell.id));
  const isCell = (id) => CELLS.some((cell) => cell.id === id);
  const prepared = await prepare();
  const baseline = new Set(redIds(await runMatrix(prepared, cells)));
  log(`baseline: red ${[...baseline].join(', ') || '(none)'}`);
  const rows = [];
  for (const name of names) {
    const observed = await redWhenBroken(prepared, name, cells);
    const turnedRed = observed.filter((id) => !baseline.has(id));
    const expected = BREAKS[name].red
      .flatMap((id) => [id, ...(BREAKS[name].typesOnly ? [] : CELLS.filter((cell) => cell.id.startsWith(`${id}@`)).map((cell) => cell.id))])
      .filter((id) => !isCell(id) || selected.has(id));
    const unexpected = turnedRed.filter((id) => !expected.includes(id));
    const missed = expected.filter((id) => !observed.includes(id));
    const hidden = expected.filter((id) => baseline.has(id));
    rows.push({ name, turnedRed, unexpected, missed, hidden });
    log(`${name}: turned red ${turnedRed.join(', ') || '(nothing)'}${unexpected.length || missed.length ? ` -- unexpected: ${unexpected.join(', ') || '-'}; stayed green: ${missed.join(', ') || '-'}` : ' (as expected)'}`);
  }
  console.log('\n| break | turned red | as expected | already red in the baseline |\n|---|---|---|---|');
  for (const row of rows) {
    const verdict = row.unexpected.length || row.missed.length ? `no (unexpected: ${row.unexpected.join(', ') || '-'}; stayed green: ${row.missed.join(', ') || '-'})` : 'yes';
    console.log(`| ${row.name} | ${row.turnedRed.join(', ') || '-'} | ${verdict} | ${row.hidden.join(', ') || '-'} |`);
  }
  return rows.every((row) => row.unexpected.length === 0 && row.missed.length === 0);
}

/**
 * Restores every tarball from the copy packed at the start (so the dist others may be rebuilding meanwhile is
 * never read again), applies one breakage, runs the matrix: the ids of the red rows.
 */
async function redWhenBroken(prepared, spec, cells) {
  const pristine = join(workDir, 'pristine');
  if (!existsSync(pristine)) cpSync(join(workDir, 'unpacked'), pristine, { recursive: true });
  rmSync(join(workDir, 'unpacked'), { recursive: true, force: true });
  cpSync(pristine, join(workDir, 'unpacked'), { recursive: true });
  for (const entry of Object.values(prepared.packed)) await repack(entry);
  await breakAndRepack(prepared, spec);
  return redIds(await runMatrix(prepared, cells));
}

/** Every leaf of every package's `exports` (conditions included), as `--break` specs. */
function exportLeaves(packed) {
  const specs = [];
  const walk = (short, subpath, value, conditions) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(short, subpath, inner, [...conditions, key]);
    } else {
      specs.push(`${short}:exports:${[subpath, ...conditions].join('#')}`);
    }
  };
  for (const entry of Object.values(packed)) {
    const exportsField = JSON.parse(readFileSync(join(entry.unpacked, 'package.json'), 'utf8')).exports ?? {};
    for (const [subpath, value] of Object.entries(exportsField)) if (subpath !== './package.json') walk(entry.short, subpath, value, []);
  }
  return specs;
}

/**
 * Removes each `exports` leaf in turn and reports which rows turn red: the map of what the matrix covers. A leaf
 * that turns no runner cell red is a claim no consumer exercises.
 */
async function mapExports(cells) {
  const prepared = await prepare();
  const baseline = new Set(redIds(await runMatrix(prepared, cells)));
  log(`baseline: red ${[...baseline].join(', ') || '(none)'}`);
  const rows = [];
  for (const spec of exportLeaves(prepared.packed)) {
    const turnedRed = (await redWhenBroken(prepared, spec, cells)).filter((id) => !baseline.has(id));
    rows.push({ spec, turnedRed });
    log(`${spec}: turned red ${turnedRed.join(', ') || '(nothing)'}`);
  }
  console.log('\n| removed exports leaf | rows that turned red |\n|---|---|');
  for (const row of rows) console.log(`| \`${row.spec}\` | ${row.turnedRed.join(', ') || '-'} |`);
  return true;
}

async function main() {
  if (options.help) {
    console.log(USAGE);
    return true;
  }
  if (options['list-breaks']) {
    for (const [name, preset] of Object.entries(BREAKS)) console.log(`${name.padEnd(22)} ${preset.spec}\n${' '.repeat(23)}${preset.why}\n${' '.repeat(23)}turns red: ${preset.red.join(', ')}`);
    return true;
  }
  mkdirSync(workDir, { recursive: true });
  claimWorkDir();
  rmSync(logDir, { recursive: true, force: true });
  const cells = selectedCells();
  const started = Date.now();
  if (options['verify-breaks']) return verifyBreaks(cells);
  if (options['map-exports']) return mapExports(cells);
  const prepared = await prepare();
  if (options.break) await breakAndRepack(prepared, options.break);
  const outcome = await runMatrix(prepared, cells);
  const green = report(outcome);
  log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return green;
}

main().then((green) => {
  process.exitCode = green ? 0 : 1;
}, (error) => {
  console.error(`[compat] ${error.stack ?? error}`);
  process.exitCode = 2;
});

