// The verdicts the table prints: a missed throughput target says whether the hand-rolled baseline reaches it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable } from '../lib/report.mjs';
import { runsPerSecondTarget } from '../lib/targets.mjs';

const timing = (median) => ({ median, p10: median, p90: median, samples: 41, batch: 10 });

function unitResult(oursNs, baselineNs) {
  return {
    scenario: 'unit',
    status: 'ok',
    rows: [
      {
        label: 'unit (deny + 1 matcher)',
        unit: 'ns',
        ours: timing(oursNs),
        baseline: timing(baselineNs),
        ratio: oursNs / baselineNs,
        pairedRatio: oursNs / baselineNs,
        addedPerRun: oursNs - baselineNs,
        target: runsPerSecondTarget(oursNs, 100_000, { baselineMedianNs: baselineNs }),
      },
    ],
  };
}

test('runsPerSecondTarget reports the baseline’s own rate', () => {
  assert.deepEqual(runsPerSecondTarget(20_000, 100_000, { baselineMedianNs: 16_000 }), {
    text: '>= 100,000 runs/s',
    measured: '50,000 runs/s',
    met: false,
    baseline: '62,500 runs/s',
    baselineMet: false,
  });
  assert.equal(runsPerSecondTarget(5_000, 100_000).baseline, undefined);
});

test('a missed target that the baseline misses too says so', () => {
  const table = formatTable([unitResult(20_000, 16_000)]);
  assert.match(table, /MISSED/);
  assert.match(
    table,
    /unit \(deny \+ 1 matcher\): >= 100,000 runs\/s missed; so does the hand-rolled baseline \(62,500 runs\/s on this machine\)/,
  );
});

test('a missed target that the baseline reaches says so', () => {
  assert.match(
    formatTable([unitResult(20_000, 8_000)]),
    /missed; the hand-rolled baseline reaches it \(125,000 runs\/s on this machine\)/,
  );
});

test('a met target and a quick run print no such line', () => {
  assert.doesNotMatch(formatTable([unitResult(8_000, 6_000)]), /missed/);
  assert.doesNotMatch(formatTable([unitResult(20_000, 16_000)], { quick: true }), /missed/);
});
