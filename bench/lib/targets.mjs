/** The targets. Reported against the measurement, never asserted: a missed target does not fail a run. */
export const TARGETS = Object.freeze({
  unitRunsPerSecond: 100_000,
  redirectRunsPerSecond: 20_000,
  suiteRatio: 1.05,
  coldImportMs: 25,
});

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A throughput target. The baseline's own rate is reported with it: where the hand-rolled mock cannot reach the
 * target either on this machine, the miss says more about the machine and the runner's `expect` than about us.
 */
export function runsPerSecondTarget(medianNs, minimum, { baselineMedianNs } = {}) {
  const runsPerSecond = 1e9 / medianNs;
  const target = {
    text: `>= ${integer.format(minimum)} runs/s`,
    measured: `${integer.format(runsPerSecond)} runs/s`,
    met: runsPerSecond >= minimum,
  };
  if (baselineMedianNs === undefined) return target;
  const baselineRunsPerSecond = 1e9 / baselineMedianNs;
  return {
    ...target,
    baseline: `${integer.format(baselineRunsPerSecond)} runs/s`,
    baselineMet: baselineRunsPerSecond >= minimum,
  };
}

/** Judged on the paired ratio (see lib/measure.mjs `compare`), the steadier of the two on a busy machine. */
export function ratioTarget(pairedRatio, maximum) {
  return { text: `paired ratio <= ${maximum}`, measured: pairedRatio.toFixed(3), met: pairedRatio <= maximum };
}

export function addedMsTarget(addedMs, maximum) {
  return { text: `adds <= ${maximum} ms`, measured: `${addedMs.toFixed(1)} ms`, met: addedMs <= maximum };
}
