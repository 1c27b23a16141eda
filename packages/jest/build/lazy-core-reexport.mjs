/**
 * Runs after tsup. Jest compiles every module anew for each test file (vm.compileFunction, no code cache), so a
 * setup file that loads core's index (88 KB) costs every test file a few milliseconds, even one that never uses
 * the library. tsup re-exports core eagerly; this rewrites the CommonJS entries to re-export it through getters
 * that load core on first use. The names come from core's own CommonJS build, so none can go missing; names the
 * matchers bundle also exports (the snapshot serializer) come from that bundle, which the setup loads anyway.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CORE = '@auth0-actions-mock/core';
const MATCHERS = '@auth0-actions-mock/core/matchers';
const ENTRIES = ['dist/index.js', 'dist/jest-globals.js'];

const fromMatchers = new Set(Object.keys(require(MATCHERS)));
const lazyNames = Object.keys(require(CORE)).filter((name) => name !== 'default' && !fromMatchers.has(name));

// tsup names the exports object after the entry (src_exports, jest_globals_exports).
const EAGER = new RegExp(
  `^__reExport\\(\\w+, require\\(${JSON.stringify(CORE).replaceAll('/', '\\/')}\\), module\\.exports\\);$`,
  'gm',
);
const LAZY = [
  `// ${CORE}, loaded on first use (build/lazy-core-reexport.mjs).`,
  'var __lazyCore;',
  `for (const name of ${JSON.stringify(lazyNames)}) {`,
  `  __defProp(module.exports, name, { enumerable: true, get: () => (__lazyCore ??= require(${JSON.stringify(CORE)}))[name] });`,
  '}',
].join('\n');

for (const entry of ENTRIES) {
  const file = fileURLToPath(new URL(`../${entry}`, import.meta.url));
  const code = readFileSync(file, 'utf-8');
  const found = code.match(EAGER)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `lazy-core-reexport: ${entry} should re-export ${CORE} once (${EAGER}), found ${found}: did tsup's output change?`,
    );
  writeFileSync(file, code.replace(EAGER, LAZY));
}
