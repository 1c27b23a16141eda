import { NativeMap } from './intrinsics.js';

/**
 * A memo of at most `max` keys (the oldest goes first): `remember(key, compute)` returns what `compute` gave
 * for that key the first time. For values that are costly to derive and asked for again and again across a
 * suite, under keys that are unbounded in principle (every fake-clock instant makes a new one).
 */
export function boundedMemo<V>(max: number): (key: string, compute: () => V) => V {
  const kept = new NativeMap<string, V>();
  return (key, compute) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = compute();
    if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    kept.set(key, value);
    return value;
  };
}
