import { isAbsolute, join } from 'node:path';
import { prepareAction, type ActionModule } from './load-action.js';
import { readExport } from './find-export.js';
import { checkDependencies } from './dependencies.js';
import { DECLARED_SECRETS } from './declared-secrets.js';
import { ExportError, type ExportedAction, type TenantExport } from './export-shape.js';
import { assertKnownOptions, closestName } from '../util/known-options.js';
import { argumentError, isPlainObject } from '../util/errors.js';

const LOAD_TENANT = 'loadTenant()';

/** One Action of the export, as `tenant.actions` lists it. */
export interface TenantAction {
  name: string;
  /** The trigger it supports (the first of `supported_triggers`). */
  trigger: string;
  /** Every trigger whose flow binds it, in the export's order. */
  boundTo: string[];
  dependencies: Array<{ name: string; version: string }>;
  /** The names of its secrets; an export never holds their values. */
  secretNames: string[];
  runtime?: string;
  deployed?: boolean;
}

export interface LoadTenantOptions {
  /**
   * Run the export's code of a bound Action whose export says `deployed: false` (changes saved but not deployed,
   * or an import that will not deploy them). By default such an Action is refused: its flow runs the deployed
   * version, not the code in the export.
   */
  runUndeployed?: boolean;
}

export interface Tenant {
  /** The Actions bound to `trigger`, in the order they run, each `{ name, ...handlers }`: give them to `simulate`. */
  flow(trigger: string): ActionModule[];
  actions: TenantAction[];
  /** The trigger ids the export binds Actions to. */
  triggers: string[];
}

/** A secret value as the export holds it: omitted, or a keyword marker (`##NAME##`, `@@NAME@@`) that is not a value. */
function isMarker(value: unknown): boolean {
  return typeof value !== 'string' || /^(##|@@)[A-Za-z0-9_]+(##|@@)$/.test(value);
}

function codePath(root: string, code: string): string {
  return isAbsolute(code) ? code : join(root, code);
}

function checkBindings(exported: TenantExport): void {
  const names = exported.actions.map((action) => action.name);
  for (const [trigger, bound] of Object.entries(exported.triggers)) {
    for (const name of bound) {
      const action = exported.actions.find((candidate) => candidate.name === name);
      if (!action) {
        const near = closestName(name, names);
        throw new ExportError(
          `${LOAD_TENANT}: the ${trigger} flow binds the Action "${name}", which the export does not contain ` +
            `(its Actions: ${names.join(', ') || 'none'}).${near ? ` Did you mean "${near}"?` : ''}`,
        );
      }
      if (!action.supportedTriggers.some((supported) => supported.id === trigger)) {
        throw new ExportError(
          `${LOAD_TENANT}: the ${trigger} flow binds the Action "${name}", which supports ` +
            `${action.supportedTriggers.map((supported) => supported.id).join(', ') || 'no trigger'}, not ${trigger}.`,
        );
      }
    }
  }
}

/**
 * The runtime gives an Action only the Action Modules it lists, at the version it pins. An export holds each
 * module's latest code only, so a pin to an older version would run code the tenant does not run.
 */
function checkModuleReferences(exported: TenantExport): void {
  const names = exported.modules.map((module) => module.name);
  for (const action of exported.actions) {
    for (const reference of action.modules) {
      const module = exported.modules.find((candidate) => candidate.name === reference.name);
      if (!module) {
        const near = closestName(reference.name, names);
        throw new ExportError(
          `${LOAD_TENANT}: the Action "${action.name}" uses the Action Module "${reference.name}" (${action.source}, modules), ` +
            `which the export does not contain (its Action Modules: ${names.join(', ') || 'none'}).${near ? ` Did you mean "${near}"?` : ''}`,
        );
      }
      if (
        reference.version !== undefined &&
        module.latestVersion !== undefined &&
        reference.version !== module.latestVersion
      ) {
        throw new ExportError(
          `${LOAD_TENANT}: the Action "${action.name}" uses version ${reference.version} of the Action Module "${reference.name}", ` +
            `but the export holds the code of version ${module.latestVersion} (its latest_version_number), and the runtime would run version ` +
            `${reference.version}. Update the Action to version ${module.latestVersion} of the module in Auth0, then export again.`,
        );
      }
    }
  }
}

/** Auth0's Actions limitations: what no tenant holds, so an export beyond them was edited into one it cannot import. */
const MAX_DEPENDENCIES = 10;
const MAX_SECRETS = 30;

function checkEntityLimits(exported: TenantExport): void {
  for (const action of exported.actions) {
    const over = [
      { count: action.dependencies.length, max: MAX_DEPENDENCIES, what: 'npm dependencies', field: 'dependencies' },
      { count: action.secrets.length, max: MAX_SECRETS, what: 'secrets', field: 'secrets' },
    ].find(({ count, max }) => count > max);
    if (over === undefined) continue;
    throw new ExportError(
      `${LOAD_TENANT}: the Action "${action.name}" declares ${over.count} ${over.what} (${action.source}, ` +
        `${over.field}); an Action may have at most ${over.max} (Auth0's Actions limitations), so the tenant ` +
        `would refuse it.`,
    );
  }
}

/**
 * auth0-deploy-cli writes `deployed: action.deployed || action.all_changes_deployed`: `false` on a bound Action
 * means the export holds changes its flow does not run (and an import of it would not deploy them), so a test of
 * that code would not test the tenant.
 */
function checkDeployed(exported: TenantExport): void {
  for (const [trigger, bound] of Object.entries(exported.triggers)) {
    for (const name of bound) {
      const action = exported.actions.find((candidate) => candidate.name === name);
      if (action?.deployed !== false) continue;
      throw new ExportError(
        `${LOAD_TENANT}: the ${trigger} flow binds the Action "${name}", whose export says deployed: false ` +
          `(${action.source}): its code has changes that are not deployed, and the flow runs the deployed version. ` +
          `Deploy the Action in Auth0 and export again, or pass { runUndeployed: true } (the command line's ` +
          `--run-undeployed) to test the code in the export.`,
      );
    }
  }
}

/** Why an Action of the export cannot `require('actions:<name>')`: it does not list that module. */
function undeclaredModule(action: ExportedAction, exported: TenantExport): (name: string) => string {
  return (name) => {
    const listed = action.modules.map((reference) => reference.name);
    const exists = exported.modules.some((module) => module.name === name);
    return (
      `the Action "${action.name}" does not list ${exists ? 'that Action Module' : 'an Action Module of that name'} in its modules ` +
      `(${action.source}, modules: ${listed.length === 0 ? 'none' : listed.join(', ')}); the runtime gives an Action only the modules it lists.` +
      (exists ? ` Add it to the Action in Auth0, then export again.` : '')
    );
  };
}

function describe(exported: TenantExport, action: ExportedAction): TenantAction {
  return {
    name: action.name,
    trigger: action.supportedTriggers[0]?.id ?? '',
    boundTo: Object.entries(exported.triggers)
      .filter(([, names]) => names.includes(action.name))
      .map(([id]) => id),
    dependencies: action.dependencies.map((dependency) => ({ ...dependency })),
    secretNames: action.secrets.map((secret) => secret.name),
    ...(action.runtime === undefined ? {} : { runtime: action.runtime }),
    ...(action.deployed === undefined ? {} : { deployed: action.deployed }),
  };
}

/**
 * Reads an auth0-deploy-cli export (directory or YAML format) and loads every Action it holds, as the runtime
 * would: all checks (bindings, supported triggers, installed dependency versions, compile errors) happen here,
 * so a flow never starts half-loaded. A bound Action whose export says `deployed: false` is refused unless
 * `options.runUndeployed`.
 */
export async function loadTenant(dir: string, options?: LoadTenantOptions): Promise<Tenant> {
  if (options !== undefined && !isPlainObject(options))
    throw argumentError(LOAD_TENANT, 'options', 'an object like { runUndeployed: true }', options);
  if (options !== undefined) assertKnownOptions(LOAD_TENANT, 'options', options, ['runUndeployed']);
  const runUndeployed = options?.runUndeployed ?? false;
  if (typeof runUndeployed !== 'boolean')
    throw argumentError(LOAD_TENANT, 'options.runUndeployed', 'true or false', runUndeployed);
  const exported = await readExport(dir);
  checkBindings(exported);
  checkEntityLimits(exported);
  if (!runUndeployed) checkDeployed(exported);
  checkModuleReferences(exported);
  const modules = Object.fromEntries(
    exported.modules.map((module) => {
      checkDependencies(`the Action Module "${module.name}"`, exported.root, module.dependencies);
      const secrets = Object.fromEntries(
        module.secrets
          .filter((secret) => !isMarker(secret.value))
          .map((secret) => [secret.name, secret.value as string]),
      );
      return [module.name, { file: codePath(exported.root, module.code), secrets }];
    }),
  );
  // Every check and every compile first: no Action's module-level code runs unless the whole export loads.
  const prepared = exported.actions.map((action) => {
    checkDependencies(`the Action "${action.name}"`, exported.root, action.dependencies);
    const listed = Object.fromEntries(
      action.modules.map((reference) => [reference.name, modules[reference.name] as (typeof modules)[string]]),
    );
    return {
      name: action.name,
      ...prepareAction(
        LOAD_TENANT,
        codePath(exported.root, action.code),
        { modules: listed },
        undeclaredModule(action, exported),
      ),
    };
  });
  const loaded = new Map<string, ActionModule>(prepared.map(({ name, instantiate }) => [name, instantiate()]));
  const actions = exported.actions.map((action) => describe(exported, action));
  return {
    actions,
    triggers: Object.keys(exported.triggers),
    flow(trigger: string): ActionModule[] {
      if (typeof trigger !== 'string')
        throw argumentError('tenant.flow()', 'trigger', "a trigger id such as 'post-login'", trigger);
      const bound = exported.triggers[trigger];
      if (typeof trigger !== 'string' || !bound || bound.length === 0) {
        const known = Object.keys(exported.triggers).filter((id) => (exported.triggers[id]?.length ?? 0) > 0);
        const near = typeof trigger === 'string' ? closestName(trigger, known) : undefined;
        throw new Error(
          `tenant.flow(): the export binds no Action to ${String(trigger)}; it binds Actions to ${known.join(', ') || 'no trigger'}.` +
            (near ? ` Did you mean '${near}'?` : ''),
        );
      }
      return bound.map((name) => {
        const exports = loaded.get(name) as ActionModule;
        const declared =
          exported.actions.find((action) => action.name === name)?.secrets.map((secret) => secret.name) ?? [];
        const module: ActionModule = { ...exports, name };
        Object.defineProperty(module, DECLARED_SECRETS, { value: declared, enumerable: false });
        return module;
      });
    },
  };
}
