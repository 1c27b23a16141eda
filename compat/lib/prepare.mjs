import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BREAKS, applyBreak } from './breakages.mjs';
import { PUBLISHED, buildPackages, discoverPackages, packPackages, repack } from './workspace.mjs';

/**
 * Builds (unless told not to) and packs what the workspace holds. A package that is missing, does not build or
 * does not pack is `unavailable`, with the reason its rows will show; the others still run.
 */
export async function prepare({ workDir, logDir, log }, { build }) {
  const packages = discoverPackages();
  const unavailable = {};
  for (const short of PUBLISHED) if (!packages[short]) unavailable[short] = `packages/${short} has no package.json yet`;
  const started = Date.now();
  if (build) Object.assign(unavailable, await buildPackages(packages, logDir));
  const built = Date.now();
  const packed = await packPackages(packages, workDir, logDir, unavailable);
  rmSync(join(workDir, 'pristine'), { recursive: true, force: true });
  log(
    `built in ${((built - started) / 1000).toFixed(1)}s, packed ${
      Object.values(packed)
        .map((entry) => entry.name)
        .join(', ') || 'nothing'
    } in ${((Date.now() - built) / 1000).toFixed(1)}s`,
  );
  for (const [short, reason] of Object.entries(unavailable)) log(`${short} unavailable: ${reason.split('\n')[0]}`);
  return { packed, unavailable };
}

export async function breakAndRepack({ packed }, what, { log }) {
  const description = applyBreak(what, packed);
  const short = (BREAKS[what]?.spec ?? what).split(':')[0];
  await repack(packed[short]);
  log(`--break ${what}: ${description}`);
}
