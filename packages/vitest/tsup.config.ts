import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // The bundled declarations drop a bare `import 'vitest'`; without it, in a project where nothing else imports
  // vitest's types first, the augmentation can attach to nothing. The banner puts it back
  // (scripts/check-declarations.mjs checks it after every build).
  dts: { banner: "import 'vitest';" },
  sourcemap: false,
  splitting: false,
  treeshake: false,
};

export default defineConfig([
  // What `setupFiles: ['@auth0-actions-mock/vitest']` loads: extends vitest's expect.
  { ...shared, entry: { index: 'src/index.ts' }, format: 'esm', clean: true },
  // What `require('@auth0-actions-mock/vitest')` loads: core's exports, no vitest (it cannot be required).
  { ...shared, entry: { index: 'src/commonjs.ts' }, format: 'cjs' },
]);
