import { join } from 'node:path';
import { run, tail } from './exec.mjs';
import { checkPackedDocs, checkPackedFiles, isConfigOnlySubpath } from './file-list.mjs';
import { readJson } from './workspace.mjs';
import { slug } from './cells.mjs';

/**
 * publint (strict: warnings fail) and @arethetypeswrong/cli on the very tarball the consumers install, and our
 * own file-list and docs checks on its unpacked copy.
 */
export async function runPackageCheck(check, entry, toolsDir, logDir) {
  const log = join(logDir, `${slug(`${entry.short}-${check}`)}.log`);
  if (check === 'files' || check === 'docs') {
    const started = Date.now();
    const { problems } = check === 'files' ? checkPackedFiles(entry.unpacked) : checkPackedDocs(entry.unpacked);
    return problems.length === 0
      ? { ok: true, ms: Date.now() - started }
      : { ok: false, ms: Date.now() - started, reason: problems.join('\n') };
  }
  const bin = (name) => join(toolsDir, 'node_modules', '.bin', name);
  if (check === 'publint') {
    const result = await run(bin('publint'), ['run', entry.tarball, '--strict'], {
      cwd: toolsDir,
      log,
      timeoutMs: 120_000,
    });
    if (result.code === 0) return { ok: true, ms: result.ms };
    return { ok: false, ms: result.ms, reason: `publint failed\n${tail(result.stdout + result.stderr, 25)}` };
  }
  // attw exits 0 for a package with no types at all, so its JSON verdict is read instead of its exit code.
  const exclude = configOnlyEntrypoints(entry.unpacked);
  const attwArgs = [entry.tarball, ...(exclude.length > 0 ? ['--exclude-entrypoints', ...exclude] : [])];
  const result = await run(bin('attw'), [...attwArgs, '--format', 'json'], { cwd: toolsDir, log, timeoutMs: 120_000 });
  let analysis;
  try {
    analysis = JSON.parse(result.stdout).analysis;
  } catch {
    return { ok: false, ms: result.ms, reason: `attw printed no verdict\n${tail(result.stdout + result.stderr)}` };
  }
  const problems =
    analysis.types === false ? ['the package ships no types at all'] : (analysis.problems ?? []).map(describeProblem);
  if (problems.length === 0 && result.code === 0) return { ok: true, ms: result.ms };
  const table = await run(bin('attw'), [...attwArgs, '--format', 'table-flipped'], {
    cwd: toolsDir,
    log,
    timeoutMs: 120_000,
  });
  return { ok: false, ms: result.ms, reason: `attw found problems: ${problems.join('; ')}\n${tail(table.stdout, 25)}` };
}

function describeProblem(problem) {
  const where = [problem.entrypoint, problem.resolutionKind].filter(Boolean).join(' ');
  return where ? `${problem.kind} (${where})` : problem.kind;
}

/** Subpaths only a tool's configuration names (Jest's preset): nobody imports them, so they need no types. */
function configOnlyEntrypoints(unpacked) {
  const exportsField = readJson(join(unpacked, 'package.json')).exports;
  if (typeof exportsField !== 'object' || exportsField === null) return [];
  return Object.keys(exportsField).filter(isConfigOnlySubpath);
}
