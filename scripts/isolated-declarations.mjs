// A package build step: writes the declarations of an adapter, file by file, with TypeScript's
// transpileDeclaration (isolated declarations). `node ../../scripts/isolated-declarations.mjs [--banner TEXT]
// src/index.ts ...` writes dist/index.d.ts for each entry and for every source file it imports relatively.
// tsup's bundled declarations cost seconds (a whole program, core's types included, then rollup); the adapters'
// sources are declaration-like and take milliseconds this way, and need no built core to do it. `--banner` puts a
// line at the top of every file written. scripts/declaration-twins.mjs then writes the other format's copies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

// TypeScript from the package being built (its own devDependency), not from wherever this script lives.
const ts = createRequire(join(process.cwd(), 'package.json'))('typescript');

const args = process.argv.slice(2);
const bannerAt = args.indexOf('--banner');
const banner = bannerAt === -1 ? undefined : args.splice(bannerAt, 2)[1];
if (args.length === 0 || (bannerAt !== -1 && !banner)) {
  console.error('usage: isolated-declarations.mjs [--banner TEXT] src/entry.ts ...');
  process.exit(2);
}

const src = resolve('src');
const dist = resolve('dist');
const compilerOptions = {
  isolatedDeclarations: true,
  declaration: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};
// `import './x.js'` or `from './x.js'` in an emitted declaration: a source file that needs its own.
const RELATIVE = /(?:from\s+|import\s+)['"](\.{1,2}\/[^'"]+)\.js['"]/g;

const queue = args.map((file) => resolve(file));
const done = new Set();
const problems = [];
for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
  if (done.has(file)) continue;
  done.add(file);
  const name = relative(src, file);
  if (name.startsWith('..') || !name.endsWith('.ts')) {
    problems.push(`${relative(process.cwd(), file)}: only .ts files under src/ are emitted`);
    continue;
  }
  const { outputText, diagnostics = [] } = ts.transpileDeclaration(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions,
    reportDiagnostics: true,
  });
  for (const diagnostic of diagnostics) {
    const { line, character } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? {};
    const where = line === undefined ? `src/${name}` : `src/${name}:${line + 1}:${character + 1}`;
    problems.push(`${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  }
  const out = join(dist, name.replace(/\.ts$/, '.d.ts'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, banner === undefined ? outputText : `${banner}\n${outputText}`);
  for (const match of outputText.matchAll(RELATIVE)) queue.push(resolve(dirname(file), `${match[1]}.ts`));
}
if (problems.length > 0) {
  console.error(
    `isolated-declarations: the declarations need what isolated declarations require\n${problems.join('\n')}`,
  );
  process.exit(1);
}
