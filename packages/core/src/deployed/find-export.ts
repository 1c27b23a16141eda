import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { ExportError, type TenantExport } from './export-shape.js';
import { readDirectoryExport } from './read-directory-export.js';
import { readYamlExport } from './read-yaml-export.js';

const YAML_FILES = ['tenant.yaml', 'tenant.yml'];

/** Reads an export in whichever format it is: a YAML file, a directory holding tenant.yaml, or the directory format. */
export async function readExport(location: unknown): Promise<TenantExport> {
  if (typeof location !== 'string' || location === '') {
    throw new TypeError(
      `loadTenant(): dir must be the path of an auth0-deploy-cli export; received ${String(location)}.`,
    );
  }
  const path = resolve(location);
  if (!existsSync(path)) throw new ExportError(`loadTenant(): ${path} does not exist.`);
  if (statSync(path).isFile()) {
    if (['.yaml', '.yml'].includes(extname(path).toLowerCase())) return readYamlExport(path);
    throw new ExportError(`loadTenant(): ${path} is a file; give the export's directory or its tenant.yaml.`);
  }
  const yaml = YAML_FILES.map((name) => join(path, name)).find((file) => existsSync(file));
  if (yaml) return readYamlExport(yaml);
  if (isDirectoryExport(path)) return readDirectoryExport(path);
  const inside = exportsInside(path);
  throw new ExportError(
    `loadTenant(): ${path} is not an auth0-deploy-cli export: expected tenant.yaml (YAML format) or actions/ and ` +
      `triggers/ (directory format).` +
      (inside.length > 0
        ? ` It holds ${inside.length === 1 ? 'one' : 'these'}: ${inside.map((name) => join(location, name)).join(', ')}; give that path.`
        : ` Export one with: a0deploy export --format directory --output_folder <a new directory>`),
  );
}

function isDirectoryExport(path: string): boolean {
  return existsSync(join(path, 'actions')) || existsSync(join(path, 'triggers'));
}

/** The exports one level down: a user who gives the project's root usually means the export inside it. */
function exportsInside(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .filter(
      (entry) =>
        isDirectoryExport(join(path, entry.name)) ||
        YAML_FILES.some((name) => existsSync(join(path, entry.name, name))),
    )
    .map((entry) => entry.name);
}
