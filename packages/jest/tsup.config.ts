import { defineConfig } from 'tsup';

// No "type": "module" in this package: the CommonJS build is `.js` (what Jest's runtime and jest-preset.js
// load), the ES module build is `.mjs`.
export default defineConfig({
  entry: { index: 'src/index.ts', 'jest-globals': 'src/jest-globals.ts' },
  format: ['cjs', 'esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: false,
  treeshake: false,
});
