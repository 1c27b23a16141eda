// A package build step: writes each declaration file's twin for the other module format, e.g.
// `node ../../scripts/declaration-twins.mjs .d.ts:.d.cts` copies dist/*.d.ts to dist/*.d.cts. tsup bundles the
// declarations once per format, and each bundle costs seconds of TypeScript; the two bundles differ only in the
// extension of their relative imports (`./chunk.js` vs `./chunk.cjs`), which this rewrites.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pair] = process.argv.slice(2);
const [from, to] = pair?.split(':') ?? [];
const JS_OF = { '.d.ts': '.js', '.d.cts': '.cjs', '.d.mts': '.mjs' };
if (!JS_OF[from] || !JS_OF[to]) {
  console.error('usage: declaration-twins.mjs .d.ts:.d.cts (one of .d.ts, .d.cts, .d.mts on each side)');
  process.exit(2);
}

const dist = join(process.cwd(), 'dist');
// A relative specifier ending in the source format's extension, in an import, export or `import '...'`.
const RELATIVE = new RegExp(`(from\\s+|import\\s+)(['"])(\\.{1,2}/[^'"]+)${JS_OF[from].replace('.', '\\.')}\\2`, 'g');
const sources = readdirSync(dist).filter(
  (file) => file.endsWith(from) && !(from === '.d.ts' && /\.d\.[cm]ts$/.test(file)),
);
if (sources.length === 0) {
  console.error(`declaration-twins: no ${from} file in ${dist}; did the declaration build run?`);
  process.exit(1);
}
for (const file of sources) {
  const text = readFileSync(join(dist, file), 'utf8');
  writeFileSync(join(dist, file.slice(0, -from.length) + to), text.replace(RELATIVE, `$1$2$3${JS_OF[to]}$2`));
}
