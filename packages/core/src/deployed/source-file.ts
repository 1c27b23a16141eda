import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts', '.tsx']);

/**
 * Reads the file an Action (or an Action Module) is deployed from, refusing what the runtime would never run:
 * TypeScript (the runtime takes JavaScript only, reference D.6), ES modules (it loads CommonJS) and a path that is
 * not a file. `fn` and `what` name the caller and the argument in the message.
 */
export function readSourceFile(fn: string, what: string, file: unknown): { path: string; code: string } {
  if (typeof file !== 'string' || file === '')
    throw new TypeError(`${fn}: ${what} must be a path to a .js file; received ${String(file)}.`);
  const path = resolve(file);
  const extension = extname(path).toLowerCase();
  if (TYPESCRIPT.has(extension)) {
    throw new Error(
      `${fn}: ${path} is TypeScript. The Actions runtime runs JavaScript only: compile it first (tsc, esbuild) ` +
        `and give the compiled CommonJS .js file, the one you deploy.`,
    );
  }
  if (extension === '.mjs') {
    throw new Error(
      `${fn}: ${path} is an ES module. The Actions runtime loads CommonJS: use exports.onExecute... = async function (event, api) { }.`,
    );
  }
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new Error(`${fn}: ${what} ${path} does not exist.`);
  }
  if (!stats.isFile()) throw new Error(`${fn}: ${what} ${path} is not a file.`);
  return { path, code: readFileSync(path, 'utf8') };
}

/** A syntax error with the hint a user needs when the file is an ES module (`import` / `export`). */
export function describeCompileError(fn: string, path: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const esm = /import statement|Unexpected token 'export'|import\.meta/.test(message);
  const hint = esm
    ? ' The Actions runtime loads CommonJS: use require() and exports.<handler> = async function (event, api) { }.'
    : '';
  const wrapped = new SyntaxError(`${fn}: ${path} does not compile: ${message}.${hint}`);
  if (error instanceof Error && error.stack)
    wrapped.stack = `${wrapped.name}: ${wrapped.message}\n${error.stack.split('\n').slice(0, 4).join('\n')}`;
  return wrapped;
}
