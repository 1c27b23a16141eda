// Fails the build when an emitted declaration file would augment nothing: each must import 'vitest' (so the
// module is loaded and `declare module 'vitest'` is an augmentation of it) and declare the matchers.
import { readFileSync } from 'node:fs';

const files = ['dist/index.d.ts', 'dist/index.d.cts'];
const problems = [];
for (const file of files) {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  if (!/^import ['"]vitest['"];/m.test(text)) problems.push(`${file}: missing import 'vitest'`);
  if (!/declare module ['"]vitest['"]/.test(text)) problems.push(`${file}: missing declare module 'vitest'`);
  // The augmentation maps over core's matcher table: it must extend that type, imported from core's matchers entry.
  const augments = /interface Matchers extends SelfTypedActionMatchers/.test(text);
  const imports = /import[^;]*\bSelfTypedActionMatchers\b[^;]*from ['"]@auth0-actions-mock\/core\/matchers['"]/.test(text);
  if (!augments || !imports) problems.push(`${file}: missing the matcher declarations`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`declarations ok: ${files.join(', ')}`);
