import { existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { loadAction, type ActionModule } from '../deployed/load-action.js';
import { loadTenant } from '../deployed/load-tenant.js';
import { ExportError } from '../deployed/export-shape.js';
import { NOT_AN_OBJECT } from '../simulation/handler-check.js';
import { TRIGGER_IDS, resolveTrigger, type TriggerName } from '../triggers/registry.js';
import { ActionRefused, UsageError } from './errors.js';

/** The Actions to run, in order, and the secret names each declares (a tenant export keeps names, not values). */
export interface LoadedFlow {
  readonly kind: 'action' | 'tenant';
  readonly actions: ActionModule[];
  readonly declaredSecrets: ReadonlyArray<{ action: string; names: string[] }>;
}

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts', '.tsx']);

/** Errors of the runtime's own loader: the Action would fail once deployed, so the command reports a failed Action. */
function isRuntimeRefusal(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'SyntaxError' ||
    error.message.startsWith(NOT_AN_OBJECT) ||
    error.message.startsWith('Invalid function signature')
  );
}

function handlersOf(trigger: TriggerName): string[] {
  const { execute, continue: resume } = resolveTrigger('auth0-actions-mock run', trigger).handlers;
  return resume === undefined ? [execute] : [execute, resume];
}

/** The triggers whose handler a module exports, to say which trigger a file is for when it is not the one asked. */
function triggersServed(module: ActionModule): string[] {
  return TRIGGER_IDS.filter((id) => handlersOf(id).some((name) => typeof module[name] === 'function'));
}

function assertServes(file: string, module: ActionModule, trigger: TriggerName): void {
  const handlers = handlersOf(trigger);
  if (handlers.some((name) => typeof module[name] === 'function')) return;
  const served = triggersServed(module);
  throw new UsageError(
    `${basename(file)} exports no ${handlers.join(' or ')}, the handler of ${trigger}` +
      (served.length > 0
        ? `; it is an Action for ${served.join(', ')} (--trigger ${served[0]}).`
        : '; it exports no handler of any trigger.'),
  );
}

/** What `run`'s options say about loading: the modules of an Action file, and whether to run undeployed code. */
export interface LoadRequest {
  readonly modules: Record<string, string>;
  readonly runUndeployed: boolean;
}

async function loadFile(
  path: string,
  trigger: TriggerName,
  { modules, runUndeployed }: LoadRequest,
): Promise<LoadedFlow> {
  if (runUndeployed) {
    throw new UsageError(
      '--run-undeployed is for a tenant export, whose Actions say whether they are deployed: an Action file runs as it is.',
    );
  }
  const module = await loadAction(path, { modules });
  assertServes(path, module, trigger);
  const name = basename(path, extname(path));
  return { kind: 'action', actions: [{ ...module, name }], declaredSecrets: [] };
}

async function loadExport(
  path: string,
  trigger: TriggerName,
  { modules, runUndeployed }: LoadRequest,
): Promise<LoadedFlow> {
  if (Object.keys(modules).length > 0) {
    throw new UsageError(
      '--module is for a single Action file: a tenant export brings its own Action Modules (action-modules/).',
    );
  }
  const tenant = await loadTenant(path, { runUndeployed });
  const id = trigger.split('/')[0] as string;
  const actions = tenant.flow(id);
  const declaredSecrets = actions.map((action) => ({
    action: action.name as string,
    names: tenant.actions.find((described) => described.name === action.name)?.secretNames ?? [],
  }));
  return { kind: 'tenant', actions, declaredSecrets };
}

/**
 * Loads what `run` was pointed at: an Action file (`loadAction`) or a tenant export (`loadTenant`, then the flow
 * bound to the trigger). Whatever the runtime's loader would refuse is an ActionRefused; anything else wrong with
 * the path or the export is a UsageError.
 */
export async function loadTarget(target: string, trigger: TriggerName, load: LoadRequest): Promise<LoadedFlow> {
  const path = resolve(target);
  if (TYPESCRIPT.has(extname(path).toLowerCase())) {
    throw new UsageError(
      `${target} is TypeScript. The Actions runtime runs JavaScript only, so compile it first (tsc, esbuild) and run ` +
        `the compiled CommonJS .js file, the one you deploy.`,
    );
  }
  if (!existsSync(path))
    throw new UsageError(`${target} does not exist: give an Action's .js file or an auth0-deploy-cli export.`);
  const isExport = statSync(path).isDirectory() || ['.yaml', '.yml'].includes(extname(path).toLowerCase());
  try {
    return await (isExport ? loadExport(path, trigger, load) : loadFile(path, trigger, load));
  } catch (error) {
    if (error instanceof UsageError || error instanceof ExportError)
      throw error instanceof UsageError ? error : new UsageError(error.message);
    if (isRuntimeRefusal(error)) throw new ActionRefused(error);
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
