// Builds the packages when a dist/ is missing or older than what it is built from (src/, build/, the tsup configs,
// package.json), so a command that needs the built packages (`pnpm bench`) works on a fresh clone. Run directly
// (`node scripts/build-if-stale.mjs`) or import buildIfStale().
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPnpm } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'jest', 'vitest'];
const INPUTS = ['src', 'build', 'tsup.config.ts', 'tsup.dts.config.ts', 'package.json'];

/** The newest (or oldest) modification time under `path`, in ms; undefined when nothing is there. */
function mtimes(path, pick) {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const times = readdirSync(path)
    .map((name) => mtimes(join(path, name), pick))
    .filter((time) => time !== undefined);
  return times.length === 0 ? undefined : pick(...times);
}

/** Why the packages need a build (a sentence), or undefined when every dist/ is newer than its inputs. */
export function staleReason(repoRoot = root, packages = PACKAGES) {
  for (const name of packages) {
    const dir = join(repoRoot, 'packages', name);
    const built = mtimes(join(dir, 'dist'), Math.min);
    if (built === undefined) return `packages/${name} has not been built`;
    const changed = Math.max(...INPUTS.map((input) => mtimes(join(dir, input), Math.max) ?? 0));
    if (changed > built) return `packages/${name} changed since its last build`;
  }
  return undefined;
}

/** Runs `pnpm run build` when staleReason() says so; resolves to true when the packages are built and current. */
export async function buildIfStale() {
  const reason = staleReason();
  if (!reason) return true;
  console.log(`${reason}: building the packages first`);
  return (await runPnpm(['run', 'build'], { cwd: root })) === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit((await buildIfStale()) ? 0 : 1);
}
