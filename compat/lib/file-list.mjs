import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative } from 'node:path';

/**
 * Checks what `pnpm pack` put in a tarball, beyond what publint and attw look at: nothing that is only for us
 * (tests, fixtures, sources nobody maps to), source maps that resolve, a type file next to every runtime
 * target of every export condition, and every package the shipped code imports declared as a dependency.
 * Returns a list of problems; empty means the tarball passes.
 */
export function checkPackedFiles(unpackedDir) {
  const files = listFiles(unpackedDir);
  const fileSet = new Set(files);
  const pkg = JSON.parse(readFileSync(join(unpackedDir, 'package.json'), 'utf8'));
  const problems = [];
  const mappedSources = new Set();

  for (const file of files) {
    if (
      /(^|\/)(test|tests|__tests__|__snapshots__|__fixtures__|fixtures|coverage)\//.test(file) ||
      /\.(test|spec)\.[cm]?[jt]sx?$/.test(file)
    ) {
      problems.push(`ships a test file: ${file}`);
    }
    if (/\.tsbuildinfo$|(^|\/)tsconfig(\..+)?\.json$|(^|\/)(vitest|jest|tsup)\.config\.[cm]?[jt]s$/.test(file)) {
      problems.push(`ships a build or test configuration file: ${file}`);
    }
  }

  for (const file of files.filter((name) => name.endsWith('.map'))) {
    checkSourceMap(unpackedDir, file, fileSet, mappedSources, problems);
  }
  for (const file of files.filter(isCodeFile)) {
    const text = readFileSync(join(unpackedDir, file), 'utf8');
    const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
    if (match && !match[1].startsWith('data:')) {
      const target = posix.join(posix.dirname(file), match[1]);
      if (!fileSet.has(target)) problems.push(`${file} points to a source map that is not in the tarball: ${match[1]}`);
    }
  }
  for (const file of files) {
    if (/\.[cm]?tsx?$/.test(file) && !/\.d\.[cm]?ts$/.test(file) && !mappedSources.has(file)) {
      problems.push(`ships a TypeScript source no source map refers to: ${file}`);
    }
  }

  checkManifestTargets(pkg, fileSet, problems);
  checkBins(unpackedDir, pkg, fileSet, problems);
  checkExports(pkg.exports, fileSet, problems);
  checkImportsAreDeclared(unpackedDir, files, pkg, problems);
  checkRelativeImportsResolve(unpackedDir, files, fileSet, problems);

  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (/^(workspace|file|link|portal):/.test(range))
        problems.push(`${field}.${name} is "${range}", which a registry install cannot resolve`);
    }
  }
  return { files, problems };
}

/** What a registry page and a licence audit need: a README, a LICENSE file and the `license` field. */
export function checkPackedDocs(unpackedDir) {
  const files = listFiles(unpackedDir);
  const pkg = JSON.parse(readFileSync(join(unpackedDir, 'package.json'), 'utf8'));
  const problems = [];
  if (!files.some((file) => /^readme(\.md)?$/i.test(file))) problems.push('has no README.md');
  if (!files.some((file) => /^(license|licence)(\.md|\.txt)?$/i.test(file)))
    problems.push('has no LICENSE file (npm packs one only if it is in the package folder)');
  if (!pkg.license) problems.push('package.json has no "license"');
  return { problems };
}

function listFiles(root, dir = root) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(root, full));
    else out.push(relative(root, full).split('\\').join('/'));
  }
  return out.sort();
}

function isCodeFile(file) {
  return /\.(c|m)?js$/.test(file) || /\.d\.[cm]?ts$/.test(file);
}

function checkSourceMap(root, file, fileSet, mappedSources, problems) {
  let map;
  try {
    map = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch {
    problems.push(`${file} is not valid JSON`);
    return;
  }
  const base = posix.join(posix.dirname(file), map.sourceRoot ?? '');
  (map.sources ?? []).forEach((source, index) => {
    const target = posix.normalize(posix.join(base, source));
    if (fileSet.has(target)) {
      mappedSources.add(target);
    } else if (typeof map.sourcesContent?.[index] !== 'string') {
      problems.push(`${file} maps to ${source}, which is neither in the tarball nor inlined in sourcesContent`);
    }
  });
}

function checkManifestTargets(pkg, fileSet, problems) {
  for (const field of ['main', 'module', 'types', 'typings']) {
    if (typeof pkg[field] === 'string' && !fileSet.has(posix.normalize(pkg[field]))) {
      problems.push(`"${field}" points to ${pkg[field]}, which is not in the tarball`);
    }
  }
  for (const [range, mapping] of Object.entries(pkg.typesVersions ?? {})) {
    for (const [subpath, targets] of Object.entries(mapping)) {
      for (const target of targets) {
        if (!target.includes('*') && !fileSet.has(posix.normalize(target))) {
          problems.push(`typesVersions["${range}"]["${subpath}"] points to ${target}, which is not in the tarball`);
        }
      }
    }
  }
}

/**
 * Every `bin` target is packed and starts with `#!/usr/bin/env node`: npm links it as the command itself (a
 * symlink), so without that line the shell would run the JavaScript as a shell script.
 */
function checkBins(unpackedDir, pkg, fileSet, problems) {
  const bins = typeof pkg.bin === 'string' ? { [pkg.name.split('/').pop()]: pkg.bin } : (pkg.bin ?? {});
  for (const [command, target] of Object.entries(bins)) {
    const file = posix.normalize(target);
    if (!fileSet.has(file)) problems.push(`bin "${command}" points to ${target}, which is not in the tarball`);
    else if (!readFileSync(join(unpackedDir, file), 'utf8').startsWith('#!/usr/bin/env node\n')) {
      problems.push(`bin "${command}" (${target}) does not start with #!/usr/bin/env node`);
    }
  }
}

/** Jest loads `<package>/jest-preset` as configuration; no code imports it, so it needs no types. */
export function isConfigOnlySubpath(subpath) {
  return /^\.\/jest-preset(\.[cm]?js|\.json)?$/.test(subpath);
}

const TYPES_FOR = { '.js': ['.d.ts'], '.mjs': ['.d.mts'], '.cjs': ['.d.cts'] };

/**
 * Walks every subpath of `exports` and every path through its conditions. Each runtime target must exist and
 * have types: a `types` condition (listed before it, at its level or an outer one) whose file exists and whose
 * extension says the same module format as the runtime file (`.cjs` with `.d.cts`...), or else a declaration
 * file of that format right beside it.
 */
function checkExports(exportsField, fileSet, problems) {
  if (exportsField === undefined) return;
  const subpaths =
    typeof exportsField === 'string' || Object.keys(exportsField).every((key) => !key.startsWith('.'))
      ? { '.': exportsField }
      : exportsField;
  for (const [subpath, value] of Object.entries(subpaths)) {
    walkConditions(subpath, value, [], undefined, fileSet, problems);
  }
}

function walkConditions(subpath, value, path, inheritedTypes, fileSet, problems) {
  const where = `exports["${subpath}"]${path.map((key) => `.${key}`).join('')}`;
  if (value === null) return;
  if (typeof value === 'string') {
    checkTarget(subpath, where, value, inheritedTypes, fileSet, problems);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) =>
      walkConditions(subpath, item, [...path, `[${index}]`], inheritedTypes, fileSet, problems),
    );
    return;
  }
  const keys = Object.keys(value);
  let types = inheritedTypes;
  if ('types' in value) {
    if (keys[0] !== 'types')
      problems.push(`${where}: "types" must be the first condition, or TypeScript never reaches it`);
    if (typeof value.types === 'string') {
      if (!fileSet.has(posix.normalize(value.types)))
        problems.push(`${where}.types points to ${value.types}, which is not in the tarball`);
      types = value.types;
    } else {
      walkConditions(subpath, value.types, [...path, 'types'], undefined, fileSet, problems);
    }
  }
  for (const key of keys) {
    if (key === 'types') continue;
    if (!isKnownCondition(key)) {
      problems.push(
        `${where}: "${key}" is a condition no runtime, bundler or TypeScript resolves (a package.json field put inside "exports"?)`,
      );
      continue;
    }
    walkConditions(subpath, value[key], [...path, key], types, fileSet, problems);
  }
}

/**
 * Conditions that Node, TypeScript or a common bundler resolves (Node's documentation and the community conditions
 * it lists). Anything else is silently skipped by every resolver, which hides a misplaced key.
 */
const KNOWN_CONDITIONS = new Set([
  'types',
  'import',
  'require',
  'default',
  'node',
  'node-addons',
  'module-sync',
  'module',
  'browser',
  'worker',
  'deno',
  'bun',
  'react-native',
  'react-server',
  'workerd',
  'edge-light',
  'electron',
  'development',
  'production',
  'style',
  'sass',
  'svelte',
  'solid',
  'source',
]);

function isKnownCondition(name) {
  return KNOWN_CONDITIONS.has(name) || name.startsWith('types@');
}

function checkTarget(subpath, where, target, types, fileSet, problems) {
  const file = posix.normalize(target);
  if (file.includes('*')) {
    const [prefix, suffix] = file.split('*');
    if (![...fileSet].some((name) => name.startsWith(prefix) && name.endsWith(suffix))) {
      problems.push(`${where} pattern ${target} matches no file in the tarball`);
    }
    return;
  }
  if (!fileSet.has(file)) {
    problems.push(`${where} points to ${target}, which is not in the tarball`);
    return;
  }
  const extension = /\.(c|m)?js$/.exec(file)?.[0];
  if (!extension || /\.d\.[cm]?ts$/.test(file) || subpath === './package.json' || isConfigOnlySubpath(subpath)) return;
  if (!types) {
    // Without a `types` condition TypeScript looks next to the runtime file (`x.cjs` -> `x.d.cts`).
    const sibling = file.replace(/\.(c|m)?js$/, (match) => TYPES_FOR[match][0]);
    if (!fileSet.has(sibling))
      problems.push(
        `${where} (${target}) has no "types" condition and no ${sibling} beside it: TypeScript users get no types for "${subpath}"`,
      );
    return;
  }
  if (!TYPES_FOR[extension].some((typesExtension) => types.endsWith(typesExtension))) {
    problems.push(
      `${where}: runtime file ${target} is paired with ${types}; a ${extension} file needs ${TYPES_FOR[extension].join(' or ')} types`,
    );
  }
}

const SPECIFIER_PATTERNS = [
  /\bfrom\s*["']([^"'./][^"']*)["']/g,
  /\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g,
  /(?:\b|__)require\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g,
  /^\s*import\s*["']([^"'./][^"']*)["']/gm,
  /\bdeclare\s+module\s+["']([^"'./][^"']*)["']/g,
  /\/\/\/\s*<reference\s+types\s*=\s*["']([^"'./][^"']*)["']/g,
];

/**
 * Every bare specifier in shipped code and declarations must be a Node built-in, the package itself or a
 * declared (peer) dependency. A hoisting package manager would hide a missing one; pnpm and Yarn PnP would not.
 */
function checkImportsAreDeclared(root, files, pkg, problems) {
  const declared = new Set([
    pkg.name,
    ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }),
  ]);
  const builtins = new Set(builtinModules);
  const missing = new Map();
  for (const file of files.filter(isCodeFile)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of SPECIFIER_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1];
        if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(name)) continue;
        if (!declared.has(name)) missing.set(name, [...(missing.get(name) ?? []), file]);
      }
    }
  }
  for (const [name, where] of missing) {
    problems.push(
      `imports "${name}" (in ${[...new Set(where)].slice(0, 3).join(', ')}) without declaring it in dependencies or peerDependencies`,
    );
  }
}

const RELATIVE_PATTERNS = [
  /\bfrom\s*["'](\.{1,2}\/[^"']*)["']/g,
  /\bimport\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g,
  /(?:\b|__)require\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g,
  /^\s*import\s*["'](\.{1,2}\/[^"']*)["']/gm,
];

/** A relative import in shipped code or declarations must reach a file that was packed (a chunk, a vendored copy). */
function checkRelativeImportsResolve(root, files, fileSet, problems) {
  for (const file of files.filter(isCodeFile)) {
    const text = readFileSync(join(root, file), 'utf8');
    const declaration = /\.d\.[cm]?ts$/.test(file);
    for (const pattern of RELATIVE_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const target = posix.normalize(posix.join(posix.dirname(file), match[1]));
        const candidates = declaration ? declarationCandidates(target) : [target];
        if (!candidates.some((candidate) => fileSet.has(candidate))) {
          problems.push(`${file} imports ${match[1]}, which is not in the tarball`);
        }
      }
    }
  }
}

function declarationCandidates(target) {
  const stem = target.replace(/\.(c|m)?js$/, '');
  const format = /\.(c|m)js$/.exec(target)?.[1] ?? '';
  return [`${stem}.d.${format}ts`, `${stem}.d.ts`, `${target}.d.ts`, `${target}/index.d.ts`, target];
}
