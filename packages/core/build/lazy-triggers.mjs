// An esbuild plugin for the CommonJS build: each trigger folder becomes a file of its own (dist/triggers/<id>.cjs),
// and src/triggers/registry.ts reaches it through a `require` made when a test first names the trigger, instead
// of the static import the source (and the ES module build) uses. Jest compiles every module anew for each test
// file, so a test file pays only for the triggers it uses. test-node/trigger-laziness.test.cjs checks the result.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

// Whatever the line breaks (Prettier wraps a long import list).
const IMPORT = /^import\s*\{\s*definition as (\w+)(?:,\s*type\s+\w+)*,?\s*\}\s*from\s*'\.\/([\w-]+)\/index\.js';$/gm;

/** Every trigger folder (one with an index.ts), as tsup entries: `triggers/<id>` → its index. */
export function triggerEntries(srcDir) {
  const dir = path.join(srcDir, 'triggers');
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.ts')))
      .map((entry) => [`triggers/${entry.name}`, path.join(dir, entry.name, 'index.ts')]),
  );
}

export function lazyTriggers() {
  return {
    name: 'lazy-triggers',
    setup(build) {
      build.onResolve({ filter: /^\.\/triggers\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /[\\/]src[\\/]triggers[\\/]registry\.ts$/ }, (args) => {
        let source = readFileSync(args.path, 'utf-8');
        const imports = [...source.matchAll(IMPORT)];
        if (imports.length === 0)
          throw new Error(
            'lazy-triggers: registry.ts imports no trigger definition; did its import lines change shape?',
          );
        for (const [line, binding, id] of imports) {
          const use = new RegExp(`\\(\\) => ${binding}\\b(?!\\.)`, 'g');
          const uses = source.match(use)?.length ?? 0;
          if (uses !== 1)
            throw new Error(`lazy-triggers: expected one "() => ${binding}" in registry.ts, found ${uses}`);
          source = source
            .replace(
              line,
              // Kept once loaded: under Jest every require() of a loaded module still resolves and looks it up in
              // the test file's registry, which cost more than the rest of resolveTrigger().
              `let __definition_${binding};\nconst __load_${binding} = () => (__definition_${binding} ??= require(${JSON.stringify(`./triggers/${id}.cjs`)}).definition);`,
            )
            .replace(use, `__load_${binding}`);
        }
        return { contents: source, loader: 'ts' };
      });
    },
  };
}
