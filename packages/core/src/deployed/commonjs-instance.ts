import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, basename } from 'node:path';
import { compileFunction } from 'node:vm';

/** What a file's code needs besides its own text: how `require('actions:<name>')` resolves, and `actions.secrets`. */
export interface InstanceContext {
  /** Resolves `require('actions:<name>')`; throws when there is no such module. */
  readonly requireModule: (name: string) => unknown;
  /**
   * The pseudo-global `actions` an Action Module sees (reference D.7). An Action itself gets none: `actions` is
   * then `undefined` rather than a ReferenceError, the one place the mock may be more lenient (UNVERIFIED).
   */
  readonly actionsGlobal?: { readonly secrets: Readonly<Record<string, string>> };
}

const ACTIONS_PREFIX = 'actions:';

function relativeRequireError(file: string, specifier: string): Error {
  const error = new Error(
    `Cannot find module '${specifier}' required by ${basename(file)}: a deployed Action is one file, so the runtime ` +
      `has nothing to resolve a relative path against. Move the shared code into an Action Module and ` +
      `require('actions:<module-name>'), or into an npm package listed in the Action's dependencies.`,
  );
  (error as Error & { code: string }).code = 'MODULE_NOT_FOUND';
  return error;
}

/** A compiled file, not yet run: a syntax error surfaces here, as the runtime refuses such a file at deploy time. */
export type CompiledFile = (context: InstanceContext) => unknown;

/**
 * Compiles a CommonJS file; running the result runs it with its own `module`, `exports` and `require`, as the runtime
 * gives each
 * Action instance: the file itself never enters the host's module registry, so every call is a fresh instance.
 * npm packages and Node's built-ins come from the project the file lives in, through `createRequire`: under Jest
 * that is Jest's registry, so `jest.mock('axios')` reaches the Action as it reaches the test; elsewhere Node's own.
 */
export function compileCommonJs(file: string, code: string = readFileSync(file, 'utf8')): CompiledFile {
  // A shebang or a BOM is not JavaScript; Node strips both before compiling a CommonJS file.
  const source = code.replace(/^\uFEFF/, '').replace(/^#!.*/, '');
  // The runtime's harness resolves an Action's globals through the test's globalThis, so `jest.spyOn(global,
  // 'fetch')` reaches the Action (reference F.0). Under Jest that global is the test environment's, not Node's.
  const fn = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname', 'actions'], {
    filename: file,
    contextExtensions: [globalThis],
  });
  return (context) => run(fn, file, context);
}

function run(fn: ReturnType<typeof compileFunction>, file: string, context: InstanceContext): unknown {
  const nodeRequire = createRequire(file);
  const require = (specifier: string): unknown => {
    if (typeof specifier !== 'string')
      throw new TypeError(`The "id" argument must be of type string. Received ${typeof specifier}`);
    if (specifier.startsWith(ACTIONS_PREFIX)) return context.requireModule(specifier.slice(ACTIONS_PREFIX.length));
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/'))
      throw relativeRequireError(file, specifier);
    return nodeRequire(specifier);
  };
  require.resolve = nodeRequire.resolve;
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  fn.call(module.exports, module.exports, require, module, file, dirname(file), context.actionsGlobal);
  module.loaded = true;
  return module.exports;
}
