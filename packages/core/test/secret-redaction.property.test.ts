import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH_INSIDE_WORDS, redactSecrets, SECRET_PLACEHOLDER } from '../src/util/secret-redaction.js';

/**
 * The redaction rule: a secret of at least MIN_SECRET_LENGTH_INSIDE_WORDS characters is replaced wherever it
 * appears; a shorter one only where it stands alone (no letter, digit or `_` beside it); the `[secret]` markers a
 * text already holds are never touched.
 */

const longestFirst = (secrets: string[]): string[] =>
  [...new Set(secrets)].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
const count = (text: string, part: string): number => text.split(part).length - 1;

/** Texts and secrets over a small alphabet, so secrets occur often; the marker's own letters are in it. */
const LETTERS = ['s', 'e', 'c', 'r', 't', 'a', '1', '_', ' ', '-', ':', '[', ']'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constant(SECRET_PLACEHOLDER)), { maxLength: 40 })
  .map((parts) => parts.join(''));
const secret = (minLength: number, maxLength: number, letters: string[] = LETTERS) =>
  fc.array(fc.constantFrom(...letters), { minLength, maxLength }).map((parts) => parts.join(''));

describe('redactSecrets', () => {
  it('never changes a [secret] marker already in the text', () => {
    fc.assert(
      fc.property(text, fc.array(secret(1, 12), { maxLength: 4 }), (input, secrets) => {
        const output = redactSecrets(input, longestFirst(secrets));
        expect(count(output, SECRET_PLACEHOLDER)).toBeGreaterThanOrEqual(count(input, SECRET_PLACEHOLDER));
      }),
    );
  });

  it('leaves a text of markers alone, whatever the secret made of their letters', () => {
    const markers = fc
      .array(fc.constantFrom(SECRET_PLACEHOLDER, ' ', ': '), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        markers,
        fc.array(secret(1, 10, ['[', 's', 'e', 'c', 'r', 't', ']']), { minLength: 1, maxLength: 3 }),
        (input, secrets) => {
          fc.pre(secrets.every((each) => !input.replaceAll(SECRET_PLACEHOLDER, '').includes(each)));
          expect(redactSecrets(input, longestFirst(secrets))).toBe(input);
        },
      ),
    );
  });

  it('changes nothing in a text that holds no secret', () => {
    fc.assert(
      fc.property(text, fc.array(secret(1, 12), { maxLength: 4 }), (input, secrets) => {
        fc.pre(secrets.every((each) => each === '' || !input.includes(each)));
        expect(redactSecrets(input, longestFirst(secrets))).toBe(input);
      }),
    );
  });

  it('leaves no long secret in the output, inside words included', () => {
    const noBrackets = LETTERS.filter((letter) => letter !== '[' && letter !== ']');
    const plainText = fc.array(fc.constantFrom(...noBrackets), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        plainText,
        fc.array(secret(MIN_SECRET_LENGTH_INSIDE_WORDS, 12, noBrackets), { minLength: 1, maxLength: 3 }),
        fc.nat(60),
        (input, secrets, at) => {
          // Plant the first secret inside the text, glued to its neighbours.
          const planted = input.slice(0, at) + (secrets[0] as string) + input.slice(at);
          const output = redactSecrets(planted, longestFirst(secrets));
          for (const each of secrets) expect(output).not.toContain(each);
        },
      ),
    );
  });

  it('replaces a short secret where it stands alone, and leaves every other word as it was', () => {
    const word = fc
      .array(fc.constantFrom('a', 'b', 'e', 'x', '1', '_'), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        word,
        fc.constantFrom(' ', ', ', ': ', '"'),
        (words, short, separator) => {
          const input = [...words, short].join(separator);
          const output = redactSecrets(input, [short]);
          expect(output).toBe(
            [...words, short].map((each) => (each === short ? SECRET_PLACEHOLDER : each)).join(separator),
          );
        },
      ),
    );
  });

  it('reads well on the examples of the issue', () => {
    expect(redactSecrets('other text [secret]', ['e'])).toBe('other text [secret]');
    expect(redactSecrets('key=e, e is the secret', ['e'])).toBe('key=[secret], [secret] is the secret');
    expect(redactSecrets('Bearer abcdefgh12345', ['abcdefgh'])).toBe('Bearer [secret]12345');
    expect(redactSecrets('pin 1234 in order 12345', ['1234'])).toBe('pin [secret] in order 12345');
  });
});
