import { argumentError, secretArgumentError } from './errors.js';
import { mathMin, objectKeys } from './intrinsics.js';

/**
 * A misspelt option would otherwise be ignored and the call would run on defaults, so a test would pass while
 * proving nothing: every public function refuses names it does not know. The caller passes its known names, so a
 * function that gains an option only adds it to its own list.
 */
export function assertKnownOptions(
  fn: string,
  argument: string,
  options: Record<string, unknown>,
  known: readonly string[],
  { secret = false } = {},
): void {
  for (const name of objectKeys(options)) {
    if (known.includes(name)) continue;
    throw unknownOptionError(fn, `${argument}.${name}`, name, known, options[name], secret);
  }
}

/**
 * `fn: options.evnt must be a known option (event, cache); received an object. Did you mean event?`. With `secret`,
 * the value is described, never shown (a misspelt `secret` carries one).
 */
export function unknownOptionError(
  fn: string,
  path: string,
  name: string,
  known: readonly string[],
  value: unknown,
  secret = false,
  kind = 'option',
): TypeError {
  const expected = `a known ${kind} (${known.join(', ')})`;
  const error = secret ? secretArgumentError(fn, path, expected, value) : argumentError(fn, path, expected, value);
  const suggestion = closestName(name, known);
  if (suggestion !== undefined) error.message += ` Did you mean ${suggestion}?`;
  return error;
}

/**
 * The known name a typo most likely meant: the nearest by edit distance (a swap of two neighbours counts as one
 * edit, case is ignored), if near enough to be a typo rather than another word: one edit for names of up to 3
 * characters, two up to 7, three beyond.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const allowed = name.length <= 3 ? 1 : name.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = mathMin(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = mathMin(distance, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(distance);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
