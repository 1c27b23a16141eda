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
  // The declarations are bundled once, with the CommonJS build (`.d.ts`); the build copies them to `.d.mts`
  // (scripts/declaration-twins.mjs).
  { ...shared, format: 'cjs', dts: true, clean: true },
  { ...shared, format: 'esm', dts: false },
]);
