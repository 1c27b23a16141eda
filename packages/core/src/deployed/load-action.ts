import { compileCommonJs, type CompiledFile } from './commonjs-instance.js';
import { ModuleSet, type ModuleSpec } from './action-modules.js';
import { describeCompileError, readSourceFile } from './source-file.js';
import { failedInstance } from './failed-instance.js';
import { NOT_AN_OBJECT, invalidSignature } from '../simulation/handler-check.js';
import { isPlainObject } from '../util/errors.js';
import { assertKnownOptions } from '../util/known-options.js';

const LOAD_ACTION = 'loadAction()';

export interface LoadActionOptions {
  /** What `require('actions:<name>')` resolves to: a module's file, or its file and its own `actions.secrets`. */
  modules?: Record<string, ModuleSpec>;
}

/** What an Action file exports, as `simulate()` takes it (handlers, optionally a `name`). */
export type ActionModule = Record<string, unknown> & { name?: string };

/** Exports that name a handler of some trigger: the runtime checks each is an `async function` (reference D.9). */
const HANDLER_NAME = /^on(Execute|Continue)[A-Z]/;

function checkExports(path: string, exports: unknown): ActionModule {
  if (typeof exports !== 'object' || exports === null) {
    throw new Error(
      `${NOT_AN_OBJECT} (${LOAD_ACTION}: ${path} sets module.exports to ${exports === null ? 'null' : typeof exports}.)`,
    );
  }
  for (const [key, value] of Object.entries(exports)) {
    if (HANDLER_NAME.test(key) && (typeof value !== 'function' || value.constructor?.name !== 'AsyncFunction')) {
      throw new Error(`${invalidSignature(key)} (${LOAD_ACTION}: ${path})`);
    }
  }
  return exports as ActionModule;
}

/** Compiles an Action's file and its modules: everything the runtime refuses before any code runs. */
export function prepareAction(
  fn: string,
  file: unknown,
  options: unknown,
  whyModuleMissing?: (name: string) => string | undefined,
): { path: string; instantiate: () => ActionModule } {
  if (options !== undefined && !isPlainObject(options))
    throw new TypeError(`${fn}: options must be an object like { modules }.`);
  if (options !== undefined) assertKnownOptions(fn, 'options', options, ['modules']);
  const { path, code } = readSourceFile(fn, 'file', file);
  let compiled: CompiledFile;
  try {
    compiled = compileCommonJs(path, code);
  } catch (error) {
    throw describeCompileError(fn, path, error);
  }
  const modules = new ModuleSet(fn, options?.modules, whyModuleMissing);
  return {
    path,
    instantiate: () => {
      let exports: unknown;
      try {
        exports = compiled({ requireModule: modules.requireFor() });
      } catch (error) {
        // Top-level code ran once for this instance and threw: the runtime re-throws that error on every execute.
        return failedInstance(error);
      }
      return checkExports(path, exports);
    },
  };
}

/**
 * Loads an Action's file as the runtime does: CommonJS, a fresh instance per call (its module-level code runs once,
 * now), `require('actions:<name>')` from `options.modules` with each module's own `actions.secrets`, npm packages
 * from the project the file is in. Rejects with the runtime's own message for a file that does not export an object
 * or a handler that is not `async`; an error thrown by module-level code is re-thrown by every handler call instead.
 */
export async function loadAction(file: string, options?: LoadActionOptions): Promise<ActionModule> {
  return prepareAction(LOAD_ACTION, file, options).instantiate();
}
