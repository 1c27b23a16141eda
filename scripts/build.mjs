// `pnpm run build`: builds the three packages, a line each. Core first (the adapters bundle against its
// declarations and the Jest adapter reads its CommonJS exports), then both adapters at once. Each package's own
// output (tsup's banners) is kept and printed only when its build fails.
import { runPnpmQuietly } from './pnpm.mjs';

const PACKAGES = { core: '@auth0-actions-mock/core', jest: '@auth0-actions-mock/jest', vitest: '@auth0-actions-mock/vitest' };

async function build(short) {
  const started = Date.now();
  const { code, output } = await runPnpmQuietly(['--filter', PACKAGES[short], 'run', 'build']);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    console.log(`built ${PACKAGES[short]} in ${seconds} s`);
    return true;
  }
  console.error(`\n${PACKAGES[short]} failed to build (${seconds} s); its output:\n\n${output.trimEnd()}\n`);
  return false;
}

const started = Date.now();
const ok = (await build('core')) && (await Promise.all([build('jest'), build('vitest')])).every(Boolean);
if (!ok) process.exit(1);
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
