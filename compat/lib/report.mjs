import { PACKAGE_CHECKS } from './matrix.mjs';

const mark = (step) => (step === undefined ? '-' : step.ok ? 'pass' : 'FAIL');
const seconds = (ms) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)}s`);

function render(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The matrix as Markdown tables: one for the runner cells, one for the packaging checks. */
export function renderTables(cellResults, packageResults) {
  const cellRows = cellResults.map((result) => [
    result.id,
    result.runner ?? '?',
    result.node ?? '?',
    result.module,
    mark(result.install),
    mark(result.types),
    mark(result.tests),
    seconds(result.ms),
    result.ok ? 'PASS' : 'FAIL',
  ]);
  const packageRows = packageResults.map((result) => [
    result.name,
    ...result.checks.map((check) => mark(check)),
    result.ok ? 'PASS' : 'FAIL',
  ]);
  return [
    render(['cell', 'runner', 'node', 'module system', 'install', 'types', 'tests', 'time', 'result'], cellRows),
    '',
    render(['package', ...PACKAGE_CHECKS, 'result'], packageRows),
  ].join('\n');
}

/** Each red row with its reasons, then the tables and a closing line. Returns whether everything is green. */
export function report(outcome, logDir) {
  const failures = [...outcome.cellResults, ...outcome.packageResults].filter((result) => !result.ok);
  for (const failure of failures) {
    console.log(`\n✗ ${failure.id ?? failure.name}`);
    for (const reason of failure.reasons)
      console.log(
        reason
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
      );
  }
  console.log(`\n${renderTables(outcome.cellResults, outcome.packageResults)}\n`);
  const total = outcome.cellResults.length + outcome.packageResults.length;
  console.log(
    `${failures.length === 0 ? 'All' : `${total - failures.length} of`} ${total} rows green; matrix ran in ${(outcome.ms / 1000).toFixed(1)}s. Logs: ${logDir}`,
  );
  return failures.length === 0;
}
