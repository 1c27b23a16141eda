import { defineConfig, type Options } from 'tsup';
import configs from './tsup.config';

// Core's declarations, bundled in a process of their own (`pnpm run build:types`). They cost seconds of TypeScript
// (a whole program), and nothing else in the build waits for them: scripts/build.mjs runs this beside the adapters'
// builds, once tsup.config.ts has written the JavaScript they need. The entries are the ES module build's; the
// build copies the result to `.d.cts` (scripts/declaration-twins.mjs).
const esm = (Array.isArray(configs) ? configs : []).find((config: Options) => config.format === 'esm');
if (!esm?.entry) throw new Error('tsup.dts.config.ts: tsup.config.ts has no ES module config to take the entries from');

export default defineConfig({
  entry: esm.entry,
  format: 'esm',
  target: esm.target,
  platform: esm.platform,
  // The bundle only emits: `pnpm typecheck` checks the types (node_modules' too). skipLibCheck halves its time,
  // and noCheck (TypeScript's declaration emit without a full check) takes a third off the rest.
  dts: { only: true, compilerOptions: { skipLibCheck: true, noCheck: true } },
});
