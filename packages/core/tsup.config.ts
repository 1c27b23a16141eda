import { defineConfig, type Options } from 'tsup';
import { lazyTriggers, triggerEntries } from './build/lazy-triggers.mjs';

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
    clean: true,
    define: { __MODULE_FORMAT__: '"esm"' },
  },
  {
    ...shared,
    // Every trigger is an entry of its own, loaded on first use (build/lazy-triggers.mjs); what they share with
    // the index goes into chunks, compiled once.
    // The command line (`auth0-actions-mock run`) ships in the CommonJS build only: it shares that build's chunks.
    entry: { ...entry, ...triggerEntries('src'), cli: 'src/cli/bin.ts' },
    format: 'cjs',
    splitting: true,
    // The declarations are bundled once, by the ES module config; the build copies them to `.d.cts`
    // (scripts/declaration-twins.mjs).
    dts: false,
    shims: true,
    esbuildPlugins: [lazyTriggers()],
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
