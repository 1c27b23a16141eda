/** An Action as auth0-deploy-cli writes it (`actions/<name>.json`, or an item of `actions:` in tenant.yaml). */
export interface ExportedAction {
  name: string;
  /** The code's path, relative to the export's root (`./actions/<name>/code.js`). */
  code: string;
  runtime?: string;
  dependencies: Array<{ name: string; version: string }>;
  /** Names only matter: values are omitted or replaced by keyword markers (`##SECRET##`). */
  secrets: Array<{ name: string; value?: unknown }>;
  supportedTriggers: Array<{ id: string; version?: string }>;
  /** The Action Modules it may require (`modules: [{ module_name, module_version_number }]`); none when absent. */
  modules: Array<{ name: string; version?: number }>;
  /** Where the export says this (`actions/<name>.json`, or `tenant.yaml: actions[2]`), for messages. */
  source: string;
  deployed?: boolean;
  status?: string;
}

/** An Action Module (`action-modules/<name>.json`, or `actionModules:` in tenant.yaml): shared code, own secrets. */
export interface ExportedModule {
  name: string;
  code: string;
  dependencies: Array<{ name: string; version: string }>;
  secrets: Array<{ name: string; value?: unknown }>;
  /** The version whose code the export holds (`latest_version_number`), when the export says. */
  latestVersion?: number;
}

/** What an export holds, whatever its format. */
export interface TenantExport {
  /** The directory code paths are relative to. */
  root: string;
  format: 'directory' | 'yaml';
  actions: ExportedAction[];
  modules: ExportedModule[];
  /** Trigger id → the Action names bound to it, in execution order. */
  triggers: Record<string, string[]>;
}

export class ExportError extends Error {
  override name = 'ExportError';
}

function where(source: string, path: string): string {
  return `${source}: ${path}`;
}

function asArray(source: string, path: string, value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new ExportError(`loadTenant(): ${where(source, path)} must be a list; found ${typeof value}.`);
  return value;
}

function asRecord(source: string, path: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ExportError(
      `loadTenant(): ${where(source, path)} must be an object; found ${Array.isArray(value) ? 'a list' : String(value)}.`,
    );
  }
  return value as Record<string, unknown>;
}

function asString(source: string, path: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new ExportError(`loadTenant(): ${where(source, path)} must be a non-empty string.`);
  return value;
}

function named<T>(
  source: string,
  path: string,
  value: unknown,
  read: (item: Record<string, unknown>, at: string) => T,
): T[] {
  return asArray(source, path, value).map((item, index) =>
    read(asRecord(source, `${path}[${index}]`, item), `${path}[${index}]`),
  );
}

function dependencies(source: string, path: string, value: unknown): Array<{ name: string; version: string }> {
  return named(source, path, value, (item, at) => ({
    name: asString(source, `${at}.name`, item.name),
    version: typeof item.version === 'number' ? String(item.version) : asString(source, `${at}.version`, item.version),
  }));
}

function secrets(source: string, path: string, value: unknown): Array<{ name: string; value?: unknown }> {
  // auth0-deploy-cli writes a string as it found it: a keyword marker (`"@@ACTION_SECRETS@@"`) standing for the whole
  // list, filled in at deploy time. The names are then unknown here, so none can be checked.
  if (typeof value === 'string') return [];
  return named(source, path, value, (item, at) => ({
    name: asString(source, `${at}.name`, item.name),
    value: item.value,
  }));
}

export function readExportedAction(source: string, value: unknown, at = 'the Action'): ExportedAction {
  const item = asRecord(source, at, value);
  const name = asString(source, `${at}.name`, item.name);
  return {
    name,
    code: asString(source, `${at}.code`, item.code),
    ...(typeof item.runtime === 'string' ? { runtime: item.runtime } : {}),
    dependencies: dependencies(source, `${at}.dependencies`, item.dependencies),
    secrets: secrets(source, `${at}.secrets`, item.secrets),
    supportedTriggers: named(source, `${at}.supported_triggers`, item.supported_triggers, (trigger, path) => ({
      id: asString(source, `${path}.id`, trigger.id),
      ...(typeof trigger.version === 'string' ? { version: trigger.version } : {}),
    })),
    modules: named(source, `${at}.modules`, item.modules, (reference, path) => ({
      name: asString(source, `${path}.module_name`, reference.module_name),
      ...(typeof reference.module_version_number === 'number' ? { version: reference.module_version_number } : {}),
    })),
    source: at === 'the Action' ? source : where(source, at),
    ...(typeof item.deployed === 'boolean' ? { deployed: item.deployed } : {}),
    ...(typeof item.status === 'string' ? { status: item.status } : {}),
  };
}

export function readExportedModule(source: string, value: unknown, at = 'the Action Module'): ExportedModule {
  const item = asRecord(source, at, value);
  return {
    name: asString(source, `${at}.name`, item.name),
    code: asString(source, `${at}.code`, item.code),
    dependencies: dependencies(source, `${at}.dependencies`, item.dependencies),
    secrets: secrets(source, `${at}.secrets`, item.secrets),
    ...(typeof item.latest_version_number === 'number' ? { latestVersion: item.latest_version_number } : {}),
  };
}

/** `{ "post-login": [{ "action_name": "...", "display_name": "..." }] }`, in execution order. */
export function readTriggers(source: string, value: unknown): Record<string, string[]> {
  if (value === undefined || value === null) return {};
  const map = asRecord(source, 'triggers', value);
  const triggers: Record<string, string[]> = {};
  for (const [id, bindings] of Object.entries(map)) {
    triggers[id] = named(source, `triggers['${id}']`, bindings, (binding, at) =>
      asString(source, `${at}.action_name`, binding.action_name ?? binding.display_name),
    );
  }
  return triggers;
}
