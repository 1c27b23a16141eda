import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { loadYaml } from '../util/lazy-modules.js';
import {
  ExportError,
  readExportedAction,
  readExportedModule,
  readTriggers,
  type TenantExport,
} from './export-shape.js';

/** auth0-deploy-cli's YAML format: one tenant.yaml with `actions:`, `actionModules:` and `triggers:`. */
export async function readYamlExport(file: string): Promise<TenantExport> {
  // Loaded only now: a project that never reads a YAML export never loads the parser.
  const { parse } = await loadYaml();
  const source = basename(file);
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ExportError(`loadTenant(): ${source} is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ExportError(
      `loadTenant(): ${source} is not an auth0-deploy-cli export: expected a mapping with actions: and triggers:.`,
    );
  }
  const tenant = document as Record<string, unknown>;
  const list = (key: string): unknown[] => {
    const value = tenant[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new ExportError(`loadTenant(): ${source}: ${key} must be a list.`);
    return value;
  };
  return {
    root: dirname(file),
    format: 'yaml',
    actions: list('actions').map((item, index) => readExportedAction(source, item, `actions[${index}]`)),
    modules: list('actionModules').map((item, index) => readExportedModule(source, item, `actionModules[${index}]`)),
    triggers: readTriggers(source, tenant.triggers),
  };
}
