import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { testCell, typecheckCell } from './cells.mjs';
import { mapLimit } from './exec.mjs';
import { installProject, installedVersion } from './install.mjs';
import { CELLS, CONSUMERS, PACKAGE_CHECKS, TOOLS } from './matrix.mjs';
import { nodeRuntime } from './node-runtime.mjs';
import { runPackageCheck } from './package-checks.mjs';

/** A cell runs on its own Node when it names one, else on its consumer's. */
export function nodeOf(cell) {
  return cell.node ?? CONSUMERS[cell.consumer].node;
}

/** One pass over the matrix with the tarballs as they are now. */
export async function runMatrix({ packed, unavailable }, cells, { workDir, logDir, jobs, log }) {
  const started = Date.now();
  for (const dir of ['projects', 'results', 'jest-cache']) rmSync(join(workDir, dir), { recursive: true, force: true });
  const consumerIds = [...new Set(cells.map((cell) => cell.consumer))];
  const installs = new Map();
  const installStarted = Date.now();
  await Promise.all([
    mapLimit(
      [
        { id: 'tools', ...TOOLS, ours: [] },
        ...consumerIds.map((id) => ({ id, name: `compat-${id}`, ...CONSUMERS[id] })),
      ],
      jobs,
      async (project) => {
        installs.set(
          project.id,
          await installProject({
            dir: join(workDir, 'projects', project.id),
            name: project.name,
            type: project.type,
            templates: project.templates ?? [],
            // From the whole matrix, not only the selected cells: a template folder's test file needs it either way.
            deployedDirs: [
              ...new Set(CELLS.filter((cell) => cell.consumer === project.id && cell.deployed).map((cell) => cell.dir)),
            ],
            devDependencies: project.devDependencies,
            packed,
            unavailable,
            ourPackages: project.ours,
            logDir,
            installer: project.installer,
          }),
        );
      },
    ),
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
    mapLimit(packageTasks, 1, async ({ entry, check }) =>
      tools.ok
        ? runPackageCheck(check, entry, join(workDir, 'projects', 'tools'), logDir)
        : { ok: false, reason: `the tools project did not install: ${tools.reason}` },
    ),
    mapLimit(cellTasks, jobs, async ({ cell, step }) => {
      const install = installs.get(cell.consumer);
      const node = await nodeRuntime(nodeOf(cell));
      if (!install.usable) return { ok: false, reason: install.reason };
      if (!node.ok) return { ok: false, reason: node.reason };
      const projectDir = join(workDir, 'projects', cell.consumer);
      return step === 'types'
        ? typecheckCell(cell, projectDir, logDir)
        : testCell(cell, projectDir, node, workDir, logDir);
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
    const checks = PACKAGE_CHECKS.map(
      (check) => packageOutcomes[packageTasks.findIndex((task) => task.entry === entry && task.check === check)],
    );
    return {
      name: entry.name,
      short: entry.short,
      checks,
      ok: checks.every((check) => check.ok),
      reasons: checks
        .map((check, index) => (check.ok ? '' : `${PACKAGE_CHECKS[index]}: ${check.reason}`))
        .filter(Boolean),
    };
  });
  for (const [short, reason] of Object.entries(unavailable)) {
    packageResults.push({
      name: `@auth0-actions-mock/${short}`,
      short,
      checks: PACKAGE_CHECKS.map(() => ({ ok: false })),
      ok: false,
      reasons: [reason],
    });
  }
  return { cellResults, packageResults, ms: Date.now() - started };
}

/** The ids of every red row, packaging rows as `<package>/<check>`. */
export function redIds({ cellResults, packageResults }) {
  return [
    ...cellResults.filter((result) => !result.ok).map((result) => result.id),
    ...packageResults.flatMap((result) =>
      result.checks
        .map((check, index) => (check.ok ? null : `${result.short}/${PACKAGE_CHECKS[index]}`))
        .filter(Boolean),
    ),
  ];
}
