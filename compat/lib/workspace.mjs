import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpmCommand } from '../../scripts/pnpm.mjs';
import { run, tail } from './exec.mjs';

export const COMPAT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(COMPAT_ROOT, '..');

/** The three published packages, by short name (their folder under packages/). */
export const PUBLISHED = ['core', 'jest', 'vitest'];

/** The lock every helper takes around `pnpm --filter @auth0-actions-mock/core build`. */
const CORE_BUILD_LOCK = '/tmp/core-build.lock';

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What the workspace holds right now: an adapter still being written has no package.json yet. */
export function discoverPackages() {
  const found = {};
  for (const short of PUBLISHED) {
    const dir = join(REPO_ROOT, 'packages', short);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = readJson(manifest);
    found[short] = { short, dir, name: pkg.name, version: pkg.version, hasBuild: Boolean(pkg.scripts?.build) };
  }
  return found;
}

/**
 * Builds core first (the Jest adapter reads its CommonJS exports), under the lock other helpers use, then each
 * adapter on its own, so one that does not build yet leaves the other's cells running. Returns, per package that
 * failed, the reason its cells will show.
 */
export async function buildPackages(packages, logDir) {
  const failed = {};
  const build = async (short, lock) => {
    const pkg = packages[short];
    if (!pkg) return;
    if (!pkg.hasBuild) {
      failed[short] = `packages/${short} has no build script yet`;
      return;
    }
    const [bin, args] = withLock(lock, pnpmCommand(['--filter', pkg.name, 'run', 'build']));
    const result = await run(bin, args, {
      cwd: REPO_ROOT,
      log: join(logDir, `build-${short}.log`),
      timeoutMs: 600_000,
    });
    if (result.code !== 0) failed[short] = `${pkg.name} does not build:\n${tail(result.stdout + result.stderr, 20)}`;
  };
  await build('core', CORE_BUILD_LOCK);
  await Promise.all([build('jest'), build('vitest')]);
  return failed;
}

function withLock(lock, [command, args]) {
  return lock ? ['flock', [lock, command, ...args]] : [command, args];
}

/**
 * `pnpm pack` each package (which rewrites `workspace:` ranges), then unpacks a copy to inspect or break. A
 * package in `unavailable` (not built) is skipped; one that fails to pack is added to it.
 */
export async function packPackages(packages, workDir, logDir, unavailable) {
  const tarballDir = join(workDir, 'tarballs');
  const unpackedDir = join(workDir, 'unpacked');
  rmSync(tarballDir, { recursive: true, force: true });
  rmSync(unpackedDir, { recursive: true, force: true });
  mkdirSync(tarballDir, { recursive: true });
  const packed = {};
  for (const pkg of Object.values(packages)) {
    if (unavailable[pkg.short]) continue;
    const before = new Set(readdirSync(tarballDir));
    // Core is rebuilt by other people's scripts too: pack it under their build lock, never from a half-cleaned dist.
    const [bin, args] = withLock(
      pkg.short === 'core' ? CORE_BUILD_LOCK : undefined,
      pnpmCommand(['pack', '--pack-destination', tarballDir]),
    );
    const result = await run(bin, args, { cwd: pkg.dir, log: join(logDir, 'pack.log') });
    const created = readdirSync(tarballDir).filter((file) => !before.has(file) && file.endsWith('.tgz'));
    if (result.code !== 0 || created.length !== 1) {
      unavailable[pkg.short] = `pnpm pack failed for ${pkg.name}\n${tail(result.stdout + result.stderr, 20)}`;
      continue;
    }
    const tarball = join(tarballDir, created[0]);
    const root = join(unpackedDir, pkg.short);
    mkdirSync(root, { recursive: true });
    const untar = await run('tar', ['-xzf', tarball, '-C', root]);
    if (untar.code !== 0) throw new Error(`cannot unpack ${tarball}: ${untar.stderr}`);
    packed[pkg.short] = { ...pkg, tarball, unpacked: join(root, 'package') };
  }
  return packed;
}

/** Writes the (patched) unpacked copy back over the tarball, so every later step sees the same bytes. */
export async function repack(entry) {
  const result = await run('tar', ['-czf', entry.tarball, '-C', dirname(entry.unpacked), 'package']);
  if (result.code !== 0) throw new Error(`cannot repack ${entry.tarball}: ${result.stderr}`);
}
