// An esbuild plugin for the CommonJS build: `loadAction` and `loadTenant` (and the YAML, module and dependency code
// behind them) become a file of their own, dist/deployed.cjs, required when a test first calls one of them. Jest
// compiles every module anew for each test file, and most test files never load a deployed Action.
// test-node/deployed-laziness.test.cjs checks the result.
import { readFileSync } from 'node:fs';

const EXPORT = /^export \{ loadAction, loadTenant(?:, type \w+)* \} from '\.\/deployed\/index\.js';$/m;

const LAZY = [
  "const __deployed = (): typeof import('./deployed/index.js') => require('./deployed.cjs');",
  'export const loadAction: typeof import(\'./deployed/index.js\').loadAction = (...args) => __deployed().loadAction(...args);',
  'export const loadTenant: typeof import(\'./deployed/index.js\').loadTenant = (...args) => __deployed().loadTenant(...args);',
].join('\n');

export function lazyDeployed() {
  return {
    name: 'lazy-deployed',
    setup(build) {
      build.onResolve({ filter: /^\.\/deployed\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /[\\/]src[\\/]index\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf-8');
        if (!EXPORT.test(source)) throw new Error("lazy-deployed: src/index.ts no longer exports loadAction and loadTenant from './deployed/index.js' on one line");
        return { contents: source.replace(EXPORT, LAZY), loader: 'ts' };
      });
    },
  };
}
