// An esbuild plugin for the CommonJS build: `loadAction` and `loadTenant` (and the YAML, module and dependency code
// behind them) become a file of their own, dist/deployed.cjs, required when a test first calls one of them. Jest
// compiles every module anew for each test file, and most test files never load a deployed Action.
// test-node/deployed-laziness.test.cjs checks the result.
import { readFileSync } from 'node:fs';

// Whatever the line breaks (Prettier wraps a long export list).
const EXPORT =
  /^export\s*\{\s*loadAction,\s*loadTenant(?:,\s*type\s+\w+)*,?\s*\}\s*from\s*'\.\/deployed\/index\.js';$/m;

const LAZY = [
  "let __deployedModule: typeof import('./deployed/index.js') | undefined;",
  "const __deployed = (): typeof import('./deployed/index.js') => (__deployedModule ??= require('./deployed.cjs'));",
  "export const loadAction: typeof import('./deployed/index.js').loadAction = (...args) => __deployed().loadAction(...args);",
  "export const loadTenant: typeof import('./deployed/index.js').loadTenant = (...args) => __deployed().loadTenant(...args);",
].join('\n');

export function lazyDeployed() {
  return {
    name: 'lazy-deployed',
    setup(build) {
      build.onResolve({ filter: /^\.\/deployed\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /[\\/]src[\\/]index\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf-8');
        if (!EXPORT.test(source))
          throw new Error(
            "lazy-deployed: src/index.ts no longer exports loadAction and loadTenant from './deployed/index.js' in one export statement",
          );
        return { contents: source.replace(EXPORT, LAZY), loader: 'ts' };
      });
    },
  };
}
