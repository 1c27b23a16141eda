import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpmCommand } from '../../scripts/pnpm.mjs';
import { run, tail } from './exec.mjs';
import { COMPAT_ROOT, readJson } from './workspace.mjs';

/**
 * Creates one throwaway project and installs it with pnpm, outside the monorepo: our packages come from the
 * tarballs (`file:`), everything else from the npm registry through the shared pnpm store, so a repeated run
 * costs seconds. pnpm's strict layout makes an undeclared dependency of ours fail here instead of in a user's
 * project. `overrides` point the adapters' dependency on core at the core tarball too. `installer: 'npm'`
 * installs it with npm instead, as a newcomer's first project is: npm's hoisted layout, and its refusal
 * (ERESOLVE) of a peer range of ours that rejects the runner it installs.
 */
export async function installProject({
  dir,
  name,
  type,
  templates = [],
  deployedDirs = [],
  devDependencies,
  packed,
  unavailable,
  ourPackages,
  logDir,
  installer = 'pnpm',
}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const template of templates) {
    cpSync(join(COMPAT_ROOT, 'consumers', template), dir, { recursive: true });
    for (const cell of readdirSync(join(COMPAT_ROOT, 'consumers', template), { withFileTypes: true })) {
      if (cell.isDirectory()) copySharedFiles(join(dir, cell.name));
    }
  }
  for (const cellDir of deployedDirs)
    cpSync(join(COMPAT_ROOT, 'consumers', 'shared', 'deployed'), join(dir, cellDir), { recursive: true });
  const ours = {};
  const overrides = {};
  for (const entry of Object.values(packed)) overrides[entry.name] = `file:${entry.tarball}`;
  // An adapter without a core tarball would fetch core from the registry: never test that by accident.
  if (ourPackages.length > 0 && !packed.core)
    return { ok: false, ms: 0, reason: unavailable.core ?? 'packages/core is not packed' };
  for (const short of ourPackages) {
    if (!packed[short])
      return { ok: false, ms: 0, reason: unavailable[short] ?? `packages/${short} is not in the workspace yet` };
    ours[packed[short].name] = `file:${packed[short].tarball}`;
  }
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name,
        private: true,
        ...(type ? { type } : {}),
        devDependencies: { ...ours, ...devDependencies },
        ...(installer === 'npm' ? { overrides } : { pnpm: { overrides } }),
      },
      null,
      2,
    )}\n`,
  );
  if (installer === 'npm') return installWithNpm(dir, name, logDir);
  // No lockfile: each run resolves the newest release within each range, as a new user would get.
  writeFileSync(
    join(dir, '.npmrc'),
    'lockfile=false\nauto-install-peers=true\nstrict-peer-dependencies=false\nhoist=false\n',
  );
  const [pnpm, args] = pnpmCommand([
    'install',
    '--ignore-workspace',
    '--prefer-offline',
    '--no-frozen-lockfile',
    '--reporter=append-only',
  ]);
  const result = await run(pnpm, args, {
    cwd: dir,
    log: join(logDir, `install-${name}.log`),
    timeoutMs: 400_000,
  });
  if (result.code !== 0)
    return { ok: false, ms: result.ms, reason: `pnpm install failed\n${tail(result.stdout + result.stderr)}` };
  const unmet = unmetPeersOf(
    result.stdout + result.stderr,
    Object.values(packed).map((entry) => entry.name),
  );
  if (unmet.length > 0) {
    // npm refuses such an install outright (ERESOLVE): the peer ranges must admit every runner version we claim.
    // The project is still usable, so its cells run: the table then shows every problem at once.
    return {
      ok: false,
      usable: true,
      ms: result.ms,
      reason: `our peer ranges reject what this project installs:\n${unmet.join('\n')}`,
    };
  }
  return { ok: true, usable: true, ms: result.ms };
}

/** npm without a lockfile (the newest release within each range), from its cache first, quietly. */
async function installWithNpm(dir, name, logDir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'];
  const result = await run(npm, args, { cwd: dir, log: join(logDir, `install-${name}.log`), timeoutMs: 400_000 });
  if (result.code !== 0)
    return { ok: false, ms: result.ms, reason: `npm install failed\n${tail(result.stdout + result.stderr)}` };
  return { ok: true, usable: true, ms: result.ms };
}

/**
 * Each cell folder gets the suite and the Action (`consumers/shared/all`), and a TypeScript cell (one with a
 * tsconfig.json) the type checks too (`consumers/shared/typescript`): they are written once, and a cell reaches
 * them as its own files, as a user's project would. The cells marked `deployed` in the matrix also get
 * `consumers/shared/deployed` (installProject's `deployedDirs`).
 */
function copySharedFiles(cellDir) {
  const shared = join(COMPAT_ROOT, 'consumers', 'shared');
  cpSync(join(shared, 'all'), cellDir, { recursive: true });
  if (existsSync(join(cellDir, 'tsconfig.json'))) cpSync(join(shared, 'typescript'), cellDir, { recursive: true });
}

/**
 * Reads pnpm's "Issues with peer dependencies found" tree and keeps the unmet or missing peers that belong to
 * one of our packages (each issue line sits under the `┬ <package> <version>` line of the package that has it).
 */
function unmetPeersOf(output, ourNames) {
  const unmet = [];
  let owner;
  for (const line of output.split('\n')) {
    const parent = /┬ (\S+) \S+\s*$/.exec(line);
    if (parent) owner = parent[1];
    const issue = /✕ ((?:unmet|missing) peer .*)$/.exec(line);
    if (issue && ourNames.includes(owner)) unmet.push(`${owner}: ${issue[1].trim()}`);
  }
  return unmet;
}

/** The version a project actually installed, for the table. */
export function installedVersion(projectDir, packageName) {
  const manifest = join(projectDir, 'node_modules', packageName, 'package.json');
  return existsSync(manifest) ? readJson(manifest).version : undefined;
}
