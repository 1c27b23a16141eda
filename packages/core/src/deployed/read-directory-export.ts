import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ExportError,
  readExportedAction,
  readExportedModule,
  readTriggers,
  type TenantExport,
} from './export-shape.js';

function readJson(root: string, file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExportError(`loadTenant(): ${relative(root, file)} is not valid JSON: ${(error as Error).message}.`);
  }
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * auth0-deploy-cli's directory format: `actions/<name>.json`, `action-modules/<name>.json`, `triggers/triggers.json`.
 */
export function readDirectoryExport(root: string): TenantExport {
  const actions = jsonFiles(join(root, 'actions')).map((file) =>
    readExportedAction(relative(root, file), readJson(root, file)),
  );
  const modules = jsonFiles(join(root, 'action-modules')).map((file) =>
    readExportedModule(relative(root, file), readJson(root, file)),
  );
  const triggersFile = join(root, 'triggers', 'triggers.json');
  const triggers = existsSync(triggersFile) ? readTriggers('triggers/triggers.json', readJson(root, triggersFile)) : {};
  return { root, format: 'directory', actions, modules, triggers };
}
