/**
 * What we claim to support, as the projects and cells that prove it. Each consumer is installed once per run;
 * its cells are folders inside it that share its node_modules.
 */
const TYPESCRIPT = '~5.9.3';

export const TOOLS = {
  name: 'compat-tools',
  devDependencies: { publint: '^0.3.25', '@arethetypeswrong/cli': '^0.18.2' },
};

export const CONSUMERS = {
  jest30: {
    templates: ['jest'],
    node: 'host',
    ours: ['jest'],
    devDependencies: {
      jest: '^30.0.0',
      '@jest/globals': '^30.0.0',
      '@types/jest': '^30.0.0',
      'ts-jest': '^29.4.0',
      typescript: TYPESCRIPT,
      '@types/node': '^20.19.0',
    },
    runnerPackage: 'jest',
    runnerLabel: 'Jest',
  },
  jest29: {
    templates: ['jest'],
    node: 'host',
    ours: ['jest'],
    devDependencies: {
      jest: '^29.7.0',
      '@jest/globals': '^29.7.0',
      '@types/jest': '^29.5.0',
      'ts-jest': '^29.4.0',
      typescript: TYPESCRIPT,
      '@types/node': '^20.19.0',
    },
    runnerPackage: 'jest',
    runnerLabel: 'Jest',
  },
  vitest4: {
    templates: ['vitest'],
    // As Vite's project templates are: the config and tests are ES modules.
    type: 'module',
    node: 'host',
    ours: ['vitest'],
    devDependencies: { vitest: '^4.1.0', typescript: TYPESCRIPT, '@types/node': '^20.19.0' },
    runnerPackage: 'vitest',
    runnerLabel: 'Vitest',
  },
  vitest5: {
    templates: ['vitest'],
    type: 'module',
    node: '22',
    ours: ['vitest'],
    devDependencies: { vitest: '^5.1.0', typescript: TYPESCRIPT, '@types/node': '^22.12.0' },
    runnerPackage: 'vitest',
    runnerLabel: 'Vitest',
  },
  // The same projects installed with npm, as a newcomer's first install is (the others use pnpm).
  'jest30-npm': {
    templates: ['jest'],
    node: 'host',
    ours: ['jest'],
    installer: 'npm',
    devDependencies: {
      jest: '^30.0.0',
      '@jest/globals': '^30.0.0',
      '@types/jest': '^30.0.0',
      'ts-jest': '^29.4.0',
      typescript: TYPESCRIPT,
      '@types/node': '^20.19.0',
    },
    runnerPackage: 'jest',
    runnerLabel: 'Jest (npm)',
  },
  'vitest4-npm': {
    templates: ['vitest'],
    type: 'module',
    node: 'host',
    ours: ['vitest'],
    installer: 'npm',
    devDependencies: { vitest: '^4.1.0', typescript: TYPESCRIPT, '@types/node': '^20.19.0' },
    runnerPackage: 'vitest',
    runnerLabel: 'Vitest (npm)',
  },
  'node-test': {
    templates: ['node-test'],
    node: 'host',
    ours: ['core'],
    devDependencies: { expect: '^30.0.0' },
    runnerPackage: 'expect',
    runnerLabel: 'node:test + expect',
  },
};

/**
 * `deployed: true` marks the cells that also run `consumers/shared/deployed` (loadTenant on an export, and the
 * `auth0-actions-mock` bin the package manager linked): the harness copies it into their folder, and they are green
 * only when its tests passed too (`lib/verdict.mjs`). A template folder's cells must agree, since they share its test
 * file: every consumer's `cjs-preset` and `esm`, every Vitest cell, and `node-test/cjs`.
 */
const jestCells = (consumer) => [
  {
    id: `${consumer}/cjs-preset`,
    consumer,
    kind: 'jest',
    dir: 'cjs-preset',
    config: 'jest.config.js',
    module: 'CommonJS JS, preset; loadTenant, CLI',
    deployed: true,
  },
  {
    id: `${consumer}/ts-jest`,
    consumer,
    kind: 'jest',
    dir: 'ts-jest',
    config: 'jest.config.js',
    module: 'TypeScript (ts-jest), nodenext, @types/jest globals',
    typecheck: true,
  },
  {
    id: `${consumer}/esm`,
    consumer,
    kind: 'jest',
    dir: 'esm',
    config: 'jest.config.mjs',
    module: 'native ESM (--experimental-vm-modules); loadTenant, CLI',
    nodeArgs: ['--experimental-vm-modules'],
    deployed: true,
  },
  {
    id: `${consumer}/esm-jest-globals`,
    consumer,
    kind: 'jest',
    dir: 'esm-jest-globals',
    config: 'jest.config.mjs',
    module: 'native ESM, @jest/globals, injectGlobals: false',
    nodeArgs: ['--experimental-vm-modules'],
  },
  {
    id: `${consumer}/jest-globals`,
    consumer,
    kind: 'jest',
    dir: 'jest-globals',
    config: 'jest.config.js',
    module: '@jest/globals, injectGlobals: false (TS, node10)',
    typecheck: true,
  },
];

const vitestCell = {
  kind: 'vitest',
  dir: 'suite',
  config: 'vitest.config.ts',
  module: 'TypeScript, ESM (bundler); loadTenant, CLI',
  deployed: true,
};
const nodeTestCjs = {
  consumer: 'node-test',
  kind: 'node-test',
  dir: 'cjs',
  file: 'compat.test.cjs',
  module: 'CommonJS JS; loadTenant, CLI',
  deployed: true,
};
const nodeTestEsm = { consumer: 'node-test', kind: 'node-test', dir: 'esm', file: 'compat.test.mjs', module: 'ESM JS' };

/**
 * Reruns of a cell's suite on a newer Node (`node` overrides the consumer's): Auth0 runs Actions on Node 22,
 * and users' suites run on 22 and 24 first. Same install, no second type check.
 */
const onNode = (cell, node) => ({ ...cell, id: `${cell.id}@node${node}`, node, typecheck: false });

const vitest5 = { id: 'vitest5', consumer: 'vitest5', ...vitestCell, typecheck: true };
const nodeTestCjsCell = { id: 'node-test/cjs', ...nodeTestCjs };
const nodeTestEsmCell = { id: 'node-test/esm', ...nodeTestEsm };

export const CELLS = [
  ...jestCells('jest30'),
  ...jestCells('jest29'),
  ...jestCells('jest30-npm'),
  { id: 'vitest4', consumer: 'vitest4', ...vitestCell, typecheck: true },
  { id: 'vitest4-npm', consumer: 'vitest4-npm', ...vitestCell, typecheck: true },
  vitest5,
  nodeTestCjsCell,
  nodeTestEsmCell,
  // Jest 30 reruns every set-up on each newer Node.
  ...['22', '24'].flatMap((node) => [
    ...jestCells('jest30').map((cell) => onNode(cell, node)),
    onNode(nodeTestCjsCell, node),
    onNode(nodeTestEsmCell, node),
  ]),
  onNode(vitest5, '24'),
];

/** Packaging checks, one row per published package. */
export const PACKAGE_CHECKS = ['publint', 'attw', 'files', 'docs'];
