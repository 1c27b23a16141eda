/**
 * Side-by-side timing on a noisy machine: the contenders take turns, batch after batch, in one process, so load
 * from other processes falls on both alike. Each round runs every contender once, in an order that rotates from
 * round to round, so neither always runs right after the other's garbage.
 *
 * No garbage collection is forced between batches: a forced full collection shrinks the heap, and every
 * contender then pays page faults while it grows back (on the 2-core VM this was written on, a bare HMAC ran
 * three times slower for a while after one), which charges allocation far more than a real suite does.
 */

// Captured before any fake clock is installed: @sinonjs/fake-timers replaces process.hrtime and performance.
const now = process.hrtime.bigint;

export const FULL = Object.freeze({ calibrateMs: 50, batchMs: 10, warmupRounds: 5, rounds: 41 });
export const QUICK = Object.freeze({ calibrateMs: 5, batchMs: 2, warmupRounds: 1, rounds: 5 });

/** Runs `fn` `count` times back to back and returns the nanoseconds it took. Awaits only what returns a promise. */
async function timeBatch(fn, count) {
  const start = now();
  for (let i = 0; i < count; i += 1) {
    const result = fn();
    if (result !== undefined && typeof result.then === 'function') await result;
  }
  return Number(now() - start);
}

async function calibrate(fn, budgetMs) {
  let count = 0;
  const start = now();
  const budget = BigInt(Math.round(budgetMs * 1e6));
  do {
    await timeBatch(fn, 1);
    count += 1;
  } while (now() - start < budget);
  return Number(now() - start) / count;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function summarize(samples) {
  return {
    median: median(samples),
    p10: quantile(samples, 0.1),
    p90: quantile(samples, 0.9),
    samples: samples.length,
  };
}

/**
 * `contenders` maps a name to a function doing one unit of work (sync or async). Returns, per contender, the
 * per-operation nanoseconds of every recorded batch (`samples`, round by round) and the batch size used.
 */
export async function alternate(contenders, settings) {
  const names = Object.keys(contenders);
  const batch = {};
  for (const name of names) {
    const perOp = await calibrate(contenders[name], settings.calibrateMs);
    batch[name] = Math.max(1, Math.round((settings.batchMs * 1e6) / perOp));
  }
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const totalRounds = settings.warmupRounds + settings.rounds;
  for (let round = 0; round < totalRounds; round += 1) {
    for (let turn = 0; turn < names.length; turn += 1) {
      const name = names[(round + turn) % names.length];
      const elapsed = await timeBatch(contenders[name], batch[name]);
      if (round >= settings.warmupRounds) samples[name].push(elapsed / batch[name]);
    }
  }
  return Object.fromEntries(names.map((name) => [name, { samples: samples[name], batch: batch[name] }]));
}

/**
 * Ours against the baseline: each side's median, and two ratios. `ratio` divides the medians; `pairedRatio` is
 * the median of the round-by-round ratios, which cancels load that hit both sides of one round.
 */
export function compare(ours, baseline) {
  const ratios = ours.samples.map((value, index) => value / baseline.samples[index]);
  return {
    ours: { ...summarize(ours.samples), batch: ours.batch },
    baseline: { ...summarize(baseline.samples), batch: baseline.batch },
    ratio: median(ours.samples) / median(baseline.samples),
    pairedRatio: median(ratios),
    addedPerRun: median(ours.samples) - median(baseline.samples),
  };
}
