import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/util/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes a key once and keeps what it gave', () => {
    const remember = boundedMemo<object>(4);
    let computed = 0;
    const first = remember('a', () => ({ n: ++computed }));
    expect(remember('a', () => ({ n: ++computed }))).toBe(first);
    expect(computed).toBe(1);
  });

  it('keeps at most `max` keys, forgetting the oldest first', () => {
    const remember = boundedMemo<number>(2);
    const computedFor: string[] = [];
    const value = (key: string) => remember(key, () => (computedFor.push(key), key.length));
    value('a');
    value('bb');
    value('ccc'); // forgets 'a'
    value('bb');
    value('a');
    expect(computedFor).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
