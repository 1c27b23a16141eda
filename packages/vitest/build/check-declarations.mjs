// Fails the build when an emitted declaration entry would augment nothing. The declarations are written file by
// file (scripts/isolated-declarations.mjs): an entry reaches the augmentation through its relative imports. Each
// entry and each file that declares `module 'vitest'` must import 'vitest' (so the module is loaded and the
// declaration is an augmentation of it), and each entry must reach the matchers' declaration.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = ['dist/index.d.ts', 'dist/index.d.cts'];
const TYPES_OF = { '.js': '.d.ts', '.cjs': '.d.cts', '.mjs': '.d.mts' };
const RELATIVE = /(?:from\s+|import\s+)['"](\.{1,2}\/[^'"]+?)(\.[cm]?js)['"]/g;
const problems = [];

/** The entry and every declaration file it reaches through relative imports, as paths under the package. */
function reached(entry) {
  const files = [entry];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, stem, extension] of text.matchAll(RELATIVE)) {
      const target = relative(root, join(root, dirname(file), stem + TYPES_OF[extension]));
      if (!existsSync(join(root, target)))
        problems.push(`${file}: imports ${stem}${extension}, but ${target} is missing`);
      else if (!files.includes(target)) files.push(target);
    }
  }
  return files;
}

for (const entry of entries) {
  let declaresMatchers = false;
  for (const file of reached(entry)) {
    const text = readFileSync(join(root, file), 'utf8');
    const importsVitest = /^import ['"]vitest['"];/m.test(text);
    const augments = /declare module ['"]vitest['"]/.test(text);
    if ((file === entry || augments) && !importsVitest) problems.push(`${file}: missing import 'vitest'`);
    // The augmentation maps over core's matcher table: it must extend that type, imported from core's matchers entry.
    const extendsTable = /interface Matchers extends SelfTypedActionMatchers/.test(text);
    const importsTable =
      /import[^;]*\bSelfTypedActionMatchers\b[^;]*from ['"]@auth0-actions-mock\/core\/matchers['"]/.test(text);
    if (augments && extendsTable && importsTable) declaresMatchers = true;
  }
  if (!declaresMatchers)
    problems.push(`${entry}: reaches no file with the matcher declarations (declare module 'vitest')`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`declarations ok: ${entries.join(', ')}`);
