import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The version of `name` installed where `from`'s require would find it, or undefined when it is not installed. */
function installedVersion(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
      return typeof version === 'string' ? version : undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The runtime installs exactly the versions an Action declares; a test against another version proves nothing
 * about the deployed Action, so each must be installed in the project at that version (`latest` takes any).
 */
export function checkDependencies(
  owner: string,
  from: string,
  dependencies: ReadonlyArray<{ name: string; version: string }>,
): void {
  for (const { name, version } of dependencies) {
    const installed = installedVersion(from, name);
    if (installed === undefined) {
      throw new Error(
        `loadTenant(): ${owner} depends on ${name}@${version}, which the project does not have installed. ` +
          `Run: npm install --save-dev ${name}@${version}`,
      );
    }
    if (version !== 'latest' && installed !== version) {
      throw new Error(
        `loadTenant(): ${owner} depends on ${name}@${version}, but the project has ${name}@${installed}. ` +
          `Install the deployed version (npm install --save-dev ${name}@${version}) so the test runs what the tenant runs.`,
      );
    }
  }
}
