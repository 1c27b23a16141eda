// Runs this package's suite under Vitest 5, which needs Node 22.12+. On an older Node it runs Node 22 from the
// npm registry (`npx -y node@22`), so a machine with only Node 20 and npm can run it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest5/vitest.mjs', import.meta.url));
const args = [vitest, 'run', '--config', 'vitest5.config.ts', ...process.argv.slice(2)];
const [major, minor] = process.versions.node.split('.').map(Number);
const nodeIsRecentEnough = major > 22 || (major === 22 && minor >= 12);
const [command, commandArgs] = nodeIsRecentEnough ? [process.execPath, args] : ['npx', ['-y', 'node@22', ...args]];

const result = spawnSync(command, commandArgs, { cwd: packageDir, stdio: 'inherit' });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
