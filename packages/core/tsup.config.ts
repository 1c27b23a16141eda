import { defineConfig, type Options } from 'tsup';
import { lazyTriggers, triggerEntries } from './build/lazy-triggers.mjs';
import { lazyDeployed } from './build/lazy-deployed.mjs';

const entry = { index: 'src/index.ts', matchers: 'src/matchers.ts' };

// Each format gets its own config because the CommonJS build must bundle jose (ESM-only since v6) into a
// separate file: Jest's CommonJS runtime on Node 20 can neither require() nor import() an ES module.
const shared: Options = {
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  treeshake: true,
  // The bundled jose copy is a separate file (the third config), reached only from the CommonJS build.
  external: ['./vendor/jose.cjs'],
};

export default defineConfig([
  {
    ...shared,
    entry,
    format: 'esm',
    splitting: false,
    // The declarations are bundled by tsup.dts.config.ts, in a process of their own that runs beside the adapters'
    // builds (scripts/build.mjs).
    dts: false,
    // Everything but the declarations: they come from `build:types`, so `build:js` alone leaves them in place.
    clean: ['!**/*.d.{ts,cts,mts}'],
    define: { __MODULE_FORMAT__: '"esm"' },
  },
  {
    ...shared,
    // Every trigger is an entry of its own, loaded on first use (build/lazy-triggers.mjs), and so are loadAction and
    // loadTenant (build/lazy-deployed.mjs); what they share with the index goes into chunks, compiled once.
    // `runtime`, not `index`: dist/index.cjs is the few lines of src/commonjs/ that load it (compiled once per Jest
    // worker under @auth0-actions-mock/jest's environment, else required).
    entry: { runtime: entry.index, ...triggerEntries('src'), deployed: 'src/deployed/index.ts' },
    format: 'cjs',
    splitting: true,
    // The declarations are bundled once, by tsup.dts.config.ts; the build copies them to `.d.cts`
    // (scripts/declaration-twins.mjs).
    dts: false,
    shims: true,
    esbuildPlugins: [lazyTriggers(), lazyDeployed()],
    define: { __MODULE_FORMAT__: '"cjs"' },
  },
  {
    ...shared,
    // The matchers, alone in one file: a Jest setup file loads it into every test file, and Jest charges for each
    // module it loads (resolving, reading, compiling into the file's context), so one file costs less than a dozen
    // chunks shared with the index. What it shares with the index is then compiled twice in a test file that uses
    // both; that is safe because everything shared across copies is keyed by `Symbol.for` (util/brand.ts).
    entry: { 'matchers-runtime': entry.matchers },
    format: 'cjs',
    splitting: false,
    dts: false,
    shims: true,
    define: { __MODULE_FORMAT__: '"cjs"' },
  },
  {
    ...shared,
    // The CommonJS entry points: a few lines each that hand runtime.cjs or matchers-runtime.cjs to the compile-once
    // loader of @auth0-actions-mock/jest's environment when there is one (src/commonjs/index.cjs).
    // Not bundled: each file stays as written, so their `require('./runtime.cjs')` stays a plain require that
    // bundlers and file tracers follow (bundling turns it into esbuild's `__require` shim).
    entry: { index: 'src/commonjs/index.cjs', matchers: 'src/commonjs/matchers.cjs' },
    format: 'cjs',
    bundle: false,
    splitting: false,
    dts: false,
  },
  {
    ...shared,
    // The command line (`auth0-actions-mock run`), CommonJS only, in one file with every trigger: a process runs it
    // once, so nothing of it needs to load lazily, and keeping it out of the split build keeps the chunks a test
    // file loads few.
    entry: { cli: 'src/cli/bin.ts' },
    format: 'cjs',
    splitting: false,
    dts: false,
    shims: true,
    define: { __MODULE_FORMAT__: '"cjs"' },
  },
  {
    entry: { 'vendor/jose': 'src/vendor/jose.ts' },
    format: 'cjs',
    target: 'node20',
    platform: 'node',
    noExternal: ['jose'],
    dts: false,
  },
]);
