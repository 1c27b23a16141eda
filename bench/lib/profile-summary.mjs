#!/usr/bin/env node
/**
 * `node bench/lib/profile-summary.mjs FILE.cpuprofile [--top=25] [--filter=substring] [--under=name]`: the functions
 * with the most self time, and the most total (inclusive) time, in a V8 CPU profile (from `pnpm bench --profile`).
 * `--under=name` keeps only the samples taken inside a function of that name: what one function's time is made of.
 */
import { readFileSync } from 'node:fs';

const [file, ...options] = process.argv.slice(2);
if (!file) {
  console.error(
    'usage: node bench/lib/profile-summary.mjs FILE.cpuprofile [--top=25] [--filter=substring] [--under=name]',
  );
  process.exit(2);
}
const top = Number(options.find((option) => option.startsWith('--top='))?.slice(6) ?? 25);
const filter = options.find((option) => option.startsWith('--filter='))?.slice(9);
const under = options.find((option) => option.startsWith('--under='))?.slice(8);

const profile = JSON.parse(readFileSync(file, 'utf-8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

// Sample intervals: each sample's weight is the time until the next one.
const isUnder = (id) => {
  for (let current = id; current !== undefined; current = parentOf.get(current)) {
    if (byId.get(current).callFrame.functionName === under) return true;
  }
  return false;
};
const selfMicros = new Map();
profile.samples.forEach((id, index) => {
  if (under && !isUnder(id)) return;
  const delta = profile.timeDeltas[index + 1] ?? 0;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
});
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const label = ({ callFrame }) => {
  const where = callFrame.url
    ? `${callFrame.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\/\.pnpm\//, '')}:${callFrame.lineNumber + 1}`
    : '(native)';
  return `${callFrame.functionName || '(anonymous)'}  ${where}`;
};

const self = new Map();
const inclusive = new Map();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id);
  self.set(label(node), (self.get(label(node)) ?? 0) + micros);
  const seen = new Set();
  for (let current = id; current !== undefined; current = parentOf.get(current)) {
    const name = label(byId.get(current));
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
  }
}

const print = (title, map) => {
  console.log(`\n${title}`);
  [...map]
    .filter(([name]) => !filter || name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, micros]) =>
      console.log(
        `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
      ),
    );
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled${under ? ` inside ${under}()` : ''}`);
print('self time', self);
print('total time', inclusive);
