import { compileCommonJs, type CompiledFile } from './commonjs-instance.js';
import { describeCompileError, readSourceFile } from './source-file.js';
import { isPlainObject } from '../util/errors.js';
import { closestName } from '../util/known-options.js';

/** `loadAction`'s `modules` option: a module's file, or its file and its own secrets. */
export type ModuleSpec = string | { file: string; secrets?: Record<string, string> };

interface CompiledModule {
  readonly compiled: CompiledFile;
  readonly secrets: Readonly<Record<string, string>>;
}

/** The Action Modules a loaded Action may require, compiled once; each Action instance runs them anew. */
export class ModuleSet {
  private readonly modules = new Map<string, CompiledModule>();

  /**
   * `whyMissing`, when given, explains a `require('actions:<name>')` of a module this set lacks (loadTenant: the
   * Action does not list it) in place of the `options.modules` hint meant for loadAction's callers.
   */
  constructor(
    private readonly fn: string,
    specs: unknown,
    private readonly whyMissing?: (name: string) => string | undefined,
  ) {
    if (specs === undefined) return;
    if (!isPlainObject(specs))
      throw new TypeError(
        `${fn}: options.modules must be an object of { '<module-name>': file or { file, secrets } }.`,
      );
    for (const [name, spec] of Object.entries(specs)) {
      const entry = typeof spec === 'string' ? { file: spec } : spec;
      if (!isPlainObject(entry) || typeof entry.file !== 'string') {
        throw new TypeError(`${fn}: options.modules['${name}'] must be a file path or { file, secrets }.`);
      }
      const secrets = entry.secrets ?? {};
      if (!isPlainObject(secrets) || Object.values(secrets).some((value) => typeof value !== 'string')) {
        throw new TypeError(`${fn}: options.modules['${name}'].secrets must be an object of string values.`);
      }
      const { path, code } = readSourceFile(fn, `options.modules['${name}'].file`, entry.file);
      let compiled: CompiledFile;
      try {
        compiled = compileCommonJs(path, code);
      } catch (error) {
        throw describeCompileError(fn, path, error);
      }
      this.modules.set(name, { compiled, secrets: Object.freeze({ ...(secrets as Record<string, string>) }) });
    }
  }

  /** A `require('actions:<name>')` for one Action instance: each module runs at most once in it. */
  requireFor(): (name: string) => unknown {
    const instances = new Map<string, { exports: unknown }>();
    const requireModule = (name: string): unknown => {
      const known = instances.get(name);
      if (known) return known.exports;
      const module = this.modules.get(name);
      if (!module) throw this.unknownModule(name);
      const instance = { exports: {} as unknown };
      instances.set(name, instance);
      instance.exports = module.compiled({
        requireModule: moduleOfModule(name),
        actionsGlobal: Object.freeze({ secrets: module.secrets }),
      });
      return instance.exports;
    };
    return requireModule;
  }

  private unknownModule(name: string): Error {
    const why = this.whyMissing?.(name);
    if (why !== undefined) return moduleNotFound(`Cannot find module 'actions:${name}': ${why}`);
    const names = [...this.modules.keys()];
    const near = closestName(name, names);
    return moduleNotFound(
      `Cannot find module 'actions:${name}': no Action Module of that name was given` +
        (names.length === 0
          ? ` (pass it to ${this.fn} as options.modules: { '${name}': './path/to/module.js' }).`
          : `; known: ${names.join(', ')}.`) +
        (near ? ` Did you mean 'actions:${near}'?` : ''),
    );
  }
}

/**
 * What `require('actions:<name>')` gives inside an Action Module: nothing. Auth0's limitations: "Each Action Module
 * can have dependencies to NPM Modules, but not to other Actions Modules", so a module that needs another one works
 * only here, never in the tenant.
 */
function moduleOfModule(from: string): (name: string) => never {
  return (name) => {
    throw moduleNotFound(
      `Cannot find module 'actions:${name}' required by the Action Module '${from}': an Action Module can depend on ` +
        `npm packages, not on other Action Modules. Have the Action require both, and pass what one needs to the other.`,
    );
  };
}

function moduleNotFound(message: string): Error {
  const error = new Error(message);
  (error as Error & { code: string }).code = 'MODULE_NOT_FOUND';
  return error;
}
