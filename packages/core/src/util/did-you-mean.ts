import { mathFloor, mathMax, mathMin } from './intrinsics.js';

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current.push(mathMin((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate `text` most likely misspells (within a third of its length, at least 2 edits), if any. */
export function closestName(text: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = mathMax(2, mathFloor(text.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(text.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean 'x'?)` or nothing: the tail of an argument error's expectation. */
export function didYouMean(text: unknown, candidates: readonly string[]): string {
  const suggestion = typeof text === 'string' ? closestName(text, candidates) : undefined;
  return suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
}
