import { run, tail } from './exec.mjs';

const runtimes = new Map();

/**
 * The Node binary for a cell: `host` is the Node running this script (20 on this project's CI); a major such as
 * `22` comes from the `node` package on the npm registry (`npx -y node@22`), the way a machine with only
 * Node 20 and npm can run Vitest 5. The binary's path is resolved once, then spawned directly.
 */
export function nodeRuntime(wanted) {
  if (!runtimes.has(wanted)) runtimes.set(wanted, resolveRuntime(wanted));
  return runtimes.get(wanted);
}

async function resolveRuntime(wanted) {
  if (wanted === 'host') return { ok: true, path: process.execPath, version: process.versions.node };
  const result = await run('npx', ['-y', `node@${wanted}`, '-p', 'process.execPath + "\\n" + process.versions.node'], {
    timeoutMs: 300_000,
  });
  const [path, version] = result.stdout.trim().split('\n').slice(-2);
  if (result.code !== 0 || !path || !version?.startsWith(`${wanted}.`)) {
    return {
      ok: false,
      reason: `cannot get Node ${wanted} with npx -y node@${wanted}\n${tail(result.stdout + result.stderr)}`,
    };
  }
  return { ok: true, path, version };
}
