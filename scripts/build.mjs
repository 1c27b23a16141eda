// `pnpm run build`: builds the three packages, a line each. Core's JavaScript first (the Jest adapter reads its
// CommonJS exports), then core's declarations and both adapters at once: the adapters' declarations are written
// file by file from their own sources (scripts/isolated-declarations.mjs) and need none of core's, so core's
// declaration bundle, the slowest step, no longer holds them up (and `pnpm examples` runs the examples while it
// builds: startBuild). Each step's own output (tsup's banners) is kept and printed only when it fails. The scripts run
// without a pnpm start each (scripts/package-script.mjs).
import { fileURLToPath } from 'node:url';
import { runScriptQuietly } from './package-script.mjs';

const PACKAGES = {
  core: '@auth0-actions-mock/core',
  jest: '@auth0-actions-mock/jest',
  vitest: '@auth0-actions-mock/vitest',
};

async function build(short, script = 'build', what = '') {
  const started = Date.now();
  const { code, output } = await runScriptQuietly(
    fileURLToPath(new URL(`../packages/${short}`, import.meta.url)),
    script,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    console.log(`built ${PACKAGES[short]}${what} in ${seconds} s`);
    return true;
  }
  console.error(`\n${PACKAGES[short]}${what} failed to build (${seconds} s); its output:\n\n${output.trimEnd()}\n`);
  return false;
}

/**
 * Starts the build. `runnable` resolves to true once all three packages' JavaScript and the adapters' declarations
 * are built (what a test run needs: no runner reads core's declarations unless it type-checks), `done` once
 * core's declarations are too; each resolves to false when a step failed (its output is printed).
 */
export function startBuild() {
  const started = Date.now();
  const core = build('core', 'build:js', ' (JavaScript)');
  const after = (step) => core.then((ok) => ok && step());
  const declarations = after(() => build('core', 'build:types', ' (declarations)'));
  const runnable = Promise.all([core, after(() => build('jest')), after(() => build('vitest'))]).then((oks) =>
    oks.every(Boolean),
  );
  const done = Promise.all([runnable, declarations]).then((oks) => {
    if (oks.every(Boolean)) console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return oks.every(Boolean);
  });
  return { runnable, done };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit((await startBuild().done) ? 0 : 1);
}
