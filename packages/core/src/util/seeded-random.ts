import { mathFloor, mathImul } from './intrinsics.js';
/** A small deterministic generator (mulberry32 over an FNV-1a hash of the seed): same seed, same event. */
export interface SeededRandom {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
  alphanumeric(length: number): string;
}

export const DEFAULT_SEED = 'auth0-actions-mock';

function hashSeed(seed: number | string): number {
  const text = `${seed}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = mathImul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function seededRandom(seed: number | string = DEFAULT_SEED): SeededRandom {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = mathImul(t ^ (t >>> 15), t | 1);
    t ^= t + mathImul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + mathFloor(next() * (max - min + 1));
  const fromAlphabet = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)];
    return out;
  };
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    hex: (length) => fromAlphabet('0123456789abcdef', length),
    alphanumeric: (length) => fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length),
  };
}
