/** The short stdout table and the notes under it. */

function time(value, unit) {
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} ms`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(2)} µs`;
  return `${value.toFixed(0)} ns`;
}

function pad(cells, widths) {
  return cells
    .map((cell, index) => String(cell).padEnd(widths[index]))
    .join('  ')
    .trimEnd();
}

export function formatTable(results, { quick = false } = {}) {
  const header = ['scenario', 'ours (median)', 'baseline (median)', 'ratio', 'paired', 'target', 'measured', ''];
  const lines = [header];
  const notes = [];
  for (const result of results) {
    if (result.status !== 'ok') {
      lines.push([result.scenario, result.status.toUpperCase(), '', '', '', '', '', '']);
      notes.push(
        `${result.scenario}: ${result.status}: ${result.reason ?? result.error?.split('\n').slice(0, 3).join(' / ')}`,
      );
      continue;
    }
    for (const row of result.rows) {
      const baseline = `${time(row.baseline.median, row.unit)}${row.baselineLabel ? ` (${row.baselineLabel})` : ''}`;
      const target = row.target ?? { text: '-', measured: '', met: undefined };
      // A smoke run's few, cold iterations say nothing about the targets.
      const verdict = target.met === undefined ? '' : quick ? '(quick)' : target.met ? 'met' : 'MISSED';
      lines.push([
        row.label,
        time(row.ours.median, row.unit),
        baseline,
        `${row.ratio.toFixed(3)}x`,
        row.pairedRatio === undefined ? '' : `${row.pairedRatio.toFixed(3)}x`,
        target.text,
        target.measured,
        verdict,
      ]);
      if (row.unit === 'ns') {
        const floor = row.expectCallAlone
          ? `; one standalone expect() call alone takes ${time(row.expectCallAlone.median, 'ns')}`
          : '';
        const share = row.oursWithoutExpect
          ? `; without its expect lines ours takes ${time(row.oursWithoutExpect.median, 'ns')} (${Math.round(1e9 / row.oursWithoutExpect.median).toLocaleString('en-US')} runs/s)`
          : '';
        notes.push(`${row.label}: ours adds ${time(row.addedPerRun, 'ns')} per run${floor}${share}`);
        if (target.baseline && !quick && !target.met) {
          const also = target.baselineMet ? 'the hand-rolled baseline reaches it' : 'so does the hand-rolled baseline';
          notes.push(`${row.label}: ${target.text} missed; ${also} (${target.baseline} on this machine)`);
        }
      }
      if (row.registeredOnly) {
        notes.push(
          `${row.label}: the baseline's tests with our matchers registered but unused take ${time(row.registeredOnly.median, 'ms')} (paired ratio ${row.registeredOnly.pairedRatio.toFixed(3)}): what setting the library up costs before any test uses it (loading it in each file, and the runner's cost per registered matcher)`,
        );
      }
      if (row.addedMs !== undefined)
        notes.push(
          `${row.label}: the import itself takes ${time(row.importInProcessMs.median, 'ms')} inside the process`,
        );
    }
    for (const check of result.lazyLoading ?? []) {
      // Unlike timings, this check holds in a smoke run too.
      const verdict = !check.controlSeesThem ? 'INCONCLUSIVE' : check.lazy ? 'met' : 'MISSED';
      const loaded = check.lazy
        ? 'neither loaded by the import'
        : `loaded by the import: ${check.loadedAtImport.join(', ')}`;
      lines.push([`lazy jose + clock (${check.format})`, '', '', '', '', 'load on first use', loaded, verdict]);
    }
    if (result.scenario === 'suite')
      notes.push(
        `suite: test kinds ${result.kinds.join(', ')}; ${result.reps} timed run(s) per side; ours set up with ${result.rows.map((row) => row.setup).join(' / ')}`,
      );
  }
  const widths = header.map((_, index) => Math.max(...lines.map((line) => String(line[index]).length)));
  const table = lines.map((line) => pad(line, widths));
  table.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return [...table, '', ...notes].join('\n');
}
