import { PACKAGE_CHECKS } from './matrix.mjs';

const mark = (step) => (step === undefined ? '-' : step.ok ? 'pass' : 'FAIL');
const seconds = (ms) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)}s`);

function render(headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
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
