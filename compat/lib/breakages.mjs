import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const JEST = ['jest30', 'jest29'];
const jestCells = (...dirs) => JEST.flatMap((consumer) => dirs.map((dir) => `${consumer}/${dir}`));
const ALL_JEST = jestCells('cjs-preset', 'ts-jest', 'esm', 'esm-jest-globals', 'jest-globals');

/**
 * Deliberate damage to one packed file or `exports` entry, and the cells it must turn red (and only those).
 * `--break <name>` applies one to the unpacked tarball copy before anything is installed; `--verify-breaks`
 * runs the matrix once per entry and compares. Packaging rows are named `<package>/<check>`. A cell's reruns on
 * newer Node (`<cell>@node24`) share its fate, except for `typesOnly` damage: they run no type check.
 */
export const BREAKS = {
  'core-require': {
    spec: 'core:exports:.#require',
    why: "core's CommonJS entry: Jest loads everything through require, and so does node:test's CommonJS suite",
    red: [...ALL_JEST, 'node-test/cjs', 'core/attw'],
  },
  'core-import': {
    spec: 'core:exports:.#import',
    why: "core's ESM entry: Vitest, Jest's native ESM mode and node:test's ESM suite import it",
    red: ['vitest4', 'vitest5', ...jestCells('esm', 'esm-jest-globals'), 'node-test/esm', 'core/attw'],
  },
  'core-matchers-export': {
    spec: 'core:exports:./matchers',
    why: 'the ./matchers subpath: the standalone-expect set-up imports it, and so do both adapters',
    red: [...ALL_JEST, 'vitest4', 'vitest5', 'node-test/cjs', 'node-test/esm'],
  },
  'core-cjs-types': {
    typesOnly: true,
    spec: 'core:delete:dist/index.d.cts',
    why: "core's CommonJS declarations, which TypeScript picks for a CommonJS consumer",
    red: [
      'jest30/ts-jest',
      'jest30/jest-globals',
      'jest29/ts-jest',
      'jest29/jest-globals',
      'core/publint',
      'core/attw',
      'core/files',
    ],
  },
  'core-esm-types': {
    typesOnly: true,
    spec: 'core:delete:dist/index.d.ts',
    why: "core's ESM declarations, which TypeScript picks with moduleResolution bundler (Vitest projects)",
    red: ['vitest4', 'vitest5', 'core/publint', 'core/attw', 'core/files'],
  },
  'core-vendor-jose': {
    spec: 'core:delete:dist/vendor/jose.cjs',
    why: 'the bundled CommonJS copy of jose (ESM-only) that signs tokens under CommonJS',
    red: [...jestCells('cjs-preset', 'ts-jest', 'jest-globals'), 'node-test/cjs', 'core/files'],
  },
  'core-bin': {
    spec: 'core:delete:dist/cli.cjs',
    why: "the auth0-actions-mock command: npm links core's bin itself, and the adapters' bins start it",
    red: [
      ...jestCells('cjs-preset', 'esm'),
      'jest30-npm/cjs-preset',
      'jest30-npm/esm',
      'vitest4',
      'vitest4-npm',
      'vitest5',
      'node-test/cjs',
      'core/publint',
      'core/files',
    ],
  },
  'core-runtime': {
    spec: 'core:delete:dist/runtime.cjs',
    why: "core's CommonJS runtime, which its entry hands to the Jest environment's compile-once loader or requires",
    red: [
      ...jestCells('cjs-preset', 'ts-jest', 'jest-globals'),
      'jest30-npm/cjs-preset',
      'jest30-npm/ts-jest',
      'jest30-npm/jest-globals',
      'node-test/cjs',
      'core/files',
    ],
  },
  'core-deployed': {
    spec: 'core:delete:dist/deployed.cjs',
    why: 'loadAction and loadTenant of the CommonJS build, a file of their own that the index loads on first call',
    red: [...jestCells('cjs-preset'), 'jest30-npm/cjs-preset', 'node-test/cjs', 'core/files'],
  },
  'jest-bin': {
    spec: 'jest:delete:bin/auth0-actions-mock.cjs',
    why: "the adapter's bin, the one pnpm links in a project that installs only the adapter (npm links core's instead)",
    red: [...jestCells('cjs-preset', 'esm'), 'jest/publint', 'jest/files'],
  },
  'vitest-bin': {
    spec: 'vitest:delete:bin/auth0-actions-mock.cjs',
    why: "the Vitest adapter's bin, which pnpm links in a Vitest project (npm links core's instead)",
    red: ['vitest4', 'vitest5', 'vitest/publint', 'vitest/files'],
  },
  'jest-preset': {
    spec: 'jest:exports:./jest-preset',
    why: "the preset Jest resolves as '<package>/jest-preset'",
    red: jestCells('cjs-preset'),
  },
  'jest-environment': {
    spec: 'jest:delete:environment.js',
    why: "the preset's test environment, which compiles the library once per worker",
    red: [...jestCells('cjs-preset'), 'jest30-npm/cjs-preset', 'jest/publint', 'jest/files'],
  },
  'jest-globals-export': {
    spec: 'jest:exports:./jest-globals',
    why: 'the entry for suites without injected globals (CommonJS and ESM)',
    red: jestCells('jest-globals', 'esm-jest-globals'),
  },
  'jest-types': {
    typesOnly: true,
    spec: 'jest:types-of:.#require',
    why: "the Jest adapter's CommonJS declarations: what the main entry exports and its augmentation of expect and of the jest global (/jest-globals has declarations of its own)",
    red: [...jestCells('ts-jest'), 'jest/publint', 'jest/attw', 'jest/files'],
  },
  'jest-expect-peer': {
    typesOnly: true,
    spec: 'jest:unpeer:expect',
    why: "the peer behind the adapter's `declare module 'expect'`: without it @jest/globals users silently lose the matchers' types (the @types/jest global augmentation does not need it)",
    red: [...jestCells('jest-globals'), 'jest/files'],
  },
  'vitest-import': {
    spec: 'vitest:exports:.#import',
    why: "the Vitest adapter's ESM entry, which Vitest loads as a setup file",
    red: ['vitest4', 'vitest5', 'vitest/attw'],
  },
  'vitest-types': {
    typesOnly: true,
    spec: 'vitest:types-of:.#import',
    why: "the Vitest adapter's ESM declarations (its augmentation of Vitest's Matchers)",
    red: ['vitest4', 'vitest5', 'vitest/publint', 'vitest/attw', 'vitest/files'],
  },
};

/**
 * Applies one breakage to the unpacked copies. A spec is a preset name or `<package>:<action>:<target>`:
 * `exports:<subpath>[#condition...]` deletes that key from `exports`; `delete:<file>` removes a packed file;
 * `empty:<file>` leaves it empty; `types-of:<subpath>#<condition>` deletes the declaration file that
 * condition's `types` points to; `unpeer:<name>` drops a peer dependency. Returns a description of what changed.
 */
export function applyBreak(nameOrSpec, packed) {
  const preset = BREAKS[nameOrSpec];
  const spec = preset?.spec ?? nameOrSpec;
  const [short, action, ...rest] = spec.split(':');
  const target = rest.join(':');
  const entry = packed[short];
  if (!entry)
    throw new Error(`--break ${nameOrSpec}: no packed package "${short}" (have ${Object.keys(packed).join(', ')})`);
  const manifestPath = join(entry.unpacked, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  switch (action) {
    case 'exports': {
      const [subpath, ...conditions] = target.split('#');
      const holder = [subpath, ...conditions.slice(0, -1)].reduce((node, key) => node?.[key], manifest.exports);
      const key = conditions.length > 0 ? conditions.at(-1) : subpath;
      if (conditions.length === 0) {
        if (!manifest.exports?.[subpath])
          throw new Error(`--break ${nameOrSpec}: ${entry.name} has no exports["${subpath}"]`);
        delete manifest.exports[subpath];
      } else {
        if (!holder || !(key in holder))
          throw new Error(`--break ${nameOrSpec}: ${entry.name} has no exports["${subpath}"].${conditions.join('.')}`);
        delete holder[key];
      }
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      return `${entry.name}: removed exports["${subpath}"]${conditions.map((condition) => `.${condition}`).join('')}`;
    }
    case 'types-of': {
      const [subpath, ...conditions] = target.split('#');
      const node = [subpath, ...conditions].reduce((value, key) => value?.[key], manifest.exports);
      const types = typeof node === 'object' ? node?.types : undefined;
      if (typeof types !== 'string')
        throw new Error(
          `--break ${nameOrSpec}: exports["${subpath}"].${conditions.join('.')} of ${entry.name} has no "types" file`,
        );
      rmSync(join(entry.unpacked, types));
      return `${entry.name}: deleted ${types} (the types of exports["${subpath}"].${conditions.join('.')})`;
    }
    case 'unpeer': {
      if (!manifest.peerDependencies?.[target])
        throw new Error(`--break ${nameOrSpec}: ${entry.name} has no peer dependency ${target}`);
      delete manifest.peerDependencies[target];
      if (manifest.peerDependenciesMeta) delete manifest.peerDependenciesMeta[target];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      return `${entry.name}: removed peerDependencies.${target}`;
    }
    case 'delete':
    case 'empty': {
      const file = join(entry.unpacked, target);
      if (!existsSync(file)) throw new Error(`--break ${nameOrSpec}: ${entry.name} has no packed file ${target}`);
      if (action === 'delete') rmSync(file);
      else writeFileSync(file, target.endsWith('ts') ? 'export {};\n' : '');
      return `${entry.name}: ${action === 'delete' ? 'deleted' : 'emptied'} ${target}`;
    }
    default:
      throw new Error(
        `--break ${nameOrSpec}: unknown action "${action}" (use a preset: ${Object.keys(BREAKS).join(', ')})`,
      );
  }
}
