#!/usr/bin/env node
/**
 * Memory soak: many mockApi() + simulate() runs in one process, heap measured after a forced GC at intervals.
 * A flat heap means nothing of a finished run stays reachable (no listener, console patch, timer, cache or
 * recorder kept alive by the library). Not part of the test suite: it takes a while and measures, it does not assert.
 *
 *   pnpm --filter @auth0-actions-mock/core build
 *   node --expose-gc packages/core/tools/memory-soak.mjs [runs=100000] [samples=10]
 *
 * Reads the built ESM entry (dist/index.js), as a user's suite would. Exits 1 when the heap grew by more than
 * SOAK_MAX_GROWTH_MB (default 10) between the first sample after warm-up and the last.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('memory-soak: dist/index.js is missing; run `pnpm --filter @auth0-actions-mock/core build` first.');
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.error('memory-soak: run with `node --expose-gc` so the heap can be measured after a full collection.');
  process.exit(2);
}

const { mockApi, mockEvent, recorded, simulate } = await import(entry.href);

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'soak-redirect-secret';
const runs = Number(process.argv[2] ?? 100_000);
const samples = Number(process.argv[3] ?? 10);
const maxGrowthMb = Number(process.env.SOAK_MAX_GROWTH_MB ?? 10);
const every = Math.max(1, Math.floor(runs / samples));
const warmUp = Math.min(every, 5_000);

/** A realistic Action: logs, caches, and for every other user redirects with a token and validates it on return. */
const action = {
  name: 'risk-check',
  onExecutePostChallenge: async (event, api) => {
    console.log('checking', event.user.user_id);
    api.cache.set(`seen:${event.user.user_id}`, '1', { ttl: 60_000 });
    if (event.stats.logins_count % 2 === 0) {
      const token = api.redirect.encodeToken({
        secret: event.secrets.REDIRECT_SECRET,
        payload: { userId: event.user.user_id },
      });
      api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
    }
  },
  onContinuePostChallenge: async (event, api) => {
    const claims = api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET });
    if (claims.verified !== true) api.access.deny('Identity verification was not completed.');
  },
};

const event = mockEvent(TRIGGER);

async function oneRun(i) {
  const api = mockApi(TRIGGER, { event });
  api.access.deny('Too risky');
  api.cache.set('k', 'v');
  api.redirect.encodeToken({ secret: SECRET, payload: { i } });
  if (recorded(api).calls.length !== 3) throw new Error('mockApi recorded the wrong number of calls');

  const simulation = await simulate(action, { trigger: TRIGGER, secrets: { REDIRECT_SECRET: SECRET }, seed: i % 1000 });
  if (simulation.status === 'redirected') {
    await simulation.continue({ token: { secret: SECRET, payload: { verified: true } } });
  }
  if (simulation.status !== 'completed')
    throw new Error(`run ${i} ended ${simulation.status}: ${simulation.error ?? ''}`);
}

function heap() {
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);

const started = performance.now();
for (let i = 0; i < warmUp; i++) await oneRun(i);
const rows = [];
const baseline = heap();
rows.push({ runs: warmUp, ...baseline });
console.log(
  `memory-soak: ${runs} runs of mockApi() + simulate() after ${warmUp} warm-up runs, heap sampled every ${every} runs`,
);
console.log('   runs   heapUsed MB   Δ baseline MB   rss MB');
const print = (row) =>
  console.log(
    `${String(row.runs).padStart(7)}   ${mb(row.heapUsed).padStart(11)}   ${mb(row.heapUsed - baseline.heapUsed).padStart(13)}   ${mb(row.rss).padStart(6)}`,
  );
print(rows[0]);

for (let done = 0; done < runs;) {
  const batch = Math.min(every, runs - done);
  for (let i = 0; i < batch; i++) await oneRun(warmUp + done + i);
  done += batch;
  const row = { runs: warmUp + done, ...heap() };
  rows.push(row);
  print(row);
}

const growth = rows.at(-1).heapUsed - baseline.heapUsed;
const peak = Math.max(...rows.map((row) => row.heapUsed));
console.log(
  `memory-soak: heap ${mb(baseline.heapUsed)} MB -> ${mb(rows.at(-1).heapUsed)} MB (growth ${mb(growth)} MB, peak ${mb(peak)} MB) ` +
    `over ${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (growth > maxGrowthMb * 1024 * 1024) {
  console.error(
    `memory-soak: the heap grew by more than ${maxGrowthMb} MB: something from finished runs stays reachable.`,
  );
  process.exit(1);
}
console.log('memory-soak: flat');
