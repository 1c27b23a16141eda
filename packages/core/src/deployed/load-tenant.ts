import { isAbsolute, join } from 'node:path';
import { prepareAction, type ActionModule } from './load-action.js';
import { readExport } from './find-export.js';
import { checkDependencies } from './dependencies.js';
import { DECLARED_SECRETS } from './declared-secrets.js';
import { ExportError, type ExportedAction, type TenantExport } from './export-shape.js';
import { closestName } from '../util/known-options.js';
import { argumentError } from '../util/errors.js';

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

function describe(exported: TenantExport, action: ExportedAction): TenantAction {
  return {
    name: action.name,
    trigger: action.supportedTriggers[0]?.id ?? '',
    boundTo: Object.entries(exported.triggers).filter(([, names]) => names.includes(action.name)).map(([id]) => id),
    dependencies: action.dependencies.map((dependency) => ({ ...dependency })),
    secretNames: action.secrets.map((secret) => secret.name),
    ...(action.runtime === undefined ? {} : { runtime: action.runtime }),
    ...(action.deployed === undefined ? {} : { deployed: action.deployed }),
  };
}

/**
 * Reads an auth0-deploy-cli export (directory or YAML format) and loads every Action it holds, as the runtime
 * would: all checks (bindings, supported triggers, installed dependency versions, compile errors) happen here,
 * so a flow never starts half-loaded.
 */
export async function loadTenant(dir: string): Promise<Tenant> {
  const exported = await readExport(dir);
  checkBindings(exported);
  const modules = Object.fromEntries(
    exported.modules.map((module) => {
      checkDependencies(`the Action Module "${module.name}"`, exported.root, module.dependencies);
      const secrets = Object.fromEntries(module.secrets.filter((secret) => !isMarker(secret.value)).map((secret) => [secret.name, secret.value as string]));
      return [module.name, { file: codePath(exported.root, module.code), secrets }];
    }),
  );
  // Every check and every compile first: no Action's module-level code runs unless the whole export loads.
  const prepared = exported.actions.map((action) => {
    checkDependencies(`the Action "${action.name}"`, exported.root, action.dependencies);
    return { name: action.name, ...prepareAction(LOAD_TENANT, codePath(exported.root, action.code), { modules }) };
  });
  const loaded = new Map<string, ActionModule>(prepared.map(({ name, instantiate }) => [name, instantiate()]));
  const actions = exported.actions.map((action) => describe(exported, action));
  return {
    actions,
    triggers: Object.keys(exported.triggers),
    flow(trigger: string): ActionModule[] {
      if (typeof trigger !== 'string') throw argumentError('tenant.flow()', 'trigger', 'a trigger id such as \'post-login\'', trigger);
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
        const declared = exported.actions.find((action) => action.name === name)?.secrets.map((secret) => secret.name) ?? [];
        const module: ActionModule = { ...exports, name };
        Object.defineProperty(module, DECLARED_SECRETS, { value: declared, enumerable: false });
        return module;
      });
    },
  };
}
