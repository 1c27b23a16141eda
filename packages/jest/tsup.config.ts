import { defineConfig, type Options } from 'tsup';

// No "type": "module" in this package: the CommonJS build is `.js` (what Jest's runtime and jest-preset.js
// load), the ES module build is `.mjs`.
const shared: Options = {
  entry: { index: 'src/index.ts', 'jest-globals': 'src/jest-globals.ts' },
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  splitting: false,
  treeshake: false,
};

export default defineConfig([
  // The declarations are not tsup's: the build writes them file by file (scripts/isolated-declarations.mjs), as
  // `.d.ts`, and copies them to `.d.mts` (scripts/declaration-twins.mjs).
  { ...shared, format: 'cjs', clean: true },
  { ...shared, format: 'esm', dts: false },
]);
