import { defineConfig, type Options } from 'tsup';

const entry = { index: 'src/index.ts', matchers: 'src/matchers.ts' };

// Each format gets its own config because the CommonJS build must bundle jose (ESM-only since v6) into a
// separate file: Jest's CommonJS runtime on Node 20 can neither require() nor import() an ES module.
const shared: Options = {
  entry,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  splitting: false,
  treeshake: true,
  dts: true,
  // The bundled jose copy is a separate file (the third config), reached only from the CommonJS build.
  external: ['./vendor/jose.cjs'],
};

export default defineConfig([
  {
    ...shared,
    format: 'esm',
    clean: true,
    define: { __MODULE_FORMAT__: '"esm"' },
  },
  {
    ...shared,
    format: 'cjs',
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
