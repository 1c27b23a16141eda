import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  splitting: false,
  treeshake: false,
};

export default defineConfig([
  // What `setupFiles: ['@auth0-actions-mock/vitest']` loads: extends vitest's expect.
  // The declarations are not tsup's: the build writes them file by file from src/index.ts
  // (scripts/isolated-declarations.mjs) and copies them to `.d.cts` (scripts/declaration-twins.mjs), since the
  // CommonJS entry declares the same augmentation and re-exports. The emitted declarations drop the type-only
  // `import 'vitest'`; without it, in a project where nothing else imports vitest's types first, the augmentation
  // can attach to nothing. The build's banner puts it back (build/check-declarations.mjs checks it every build).
  { ...shared, entry: { index: 'src/index.ts' }, format: 'esm', clean: true },
  // What `require('@auth0-actions-mock/vitest')` loads: core's exports, no vitest (it cannot be required).
  { ...shared, entry: { index: 'src/commonjs.ts' }, format: 'cjs', dts: false },
]);
