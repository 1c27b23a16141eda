import { describe, expect, it } from 'vitest';
import { createCache, installClock, mockApi, mockEvent, signSessionToken, simulate } from '../src/index.js';
import { closestName, editDistance } from '../src/util/known-options.js';

const TRIGGER = 'password-reset-post-challenge';

describe('every public function refuses an unknown option, naming it, the known ones and the likely one', () => {
  it.each([
    [
      'mockApi()',
      () => mockApi(TRIGGER, { evnt: {} } as never),
      'mockApi(): options.evnt must be a known option (event, cache, limits, handler, validateIssuer); received an object. Did you mean event?',
    ],
    [
      'mockEvent()',
      () => mockEvent(TRIGGER, undefined, { sede: 7 } as never),
      'mockEvent(): options.sede must be a known option (seed, now); received the number 7. Did you mean seed?',
    ],
    [
      'createCache()',
      () => createCache({ limit: {} } as never),
      'createCache(): options.limit must be a known option (limits); received an object. Did you mean limits?',
    ],
    [
      'a limit of mockApi()',
      () => mockApi(TRIGGER, { limits: { maxEntrie: 3 } } as never),
      /^mockApi\(\): options\.limits\.maxEntrie must be a known limit \(.*\); received the number 3\. Did you mean maxEntries\?$/,
    ],
    [
      'a cache limit of createCache()',
      () => createCache({ limits: { maxKeyByte: 3 } } as never),
      /^createCache\(\): options\.limits\.maxKeyByte must be a known cache limit \(.*\); received the number 3\. Did you mean maxKeyBytes\?$/,
    ],
    [
      'installClock()',
      () => installClock({ toFak: ['Date'] } as never),
      /^installClock\(\): options\.toFak must be a known option \(now, toFake, .*\); received an array \(1 items\)\. Did you mean toFake\?$/,
    ],
    [
      'an option far from every known one',
      () => mockApi(TRIGGER, { trigger: TRIGGER } as never),
      'mockApi(): options.trigger must be a known option (event, cache, limits, handler, validateIssuer); received the string "password-reset-post-challenge".',
    ],
  ])('%s', (_label, call, message) => {
    expect(call).toThrow(TypeError);
    if (typeof message === 'string') expect(call).toThrow(new TypeError(message));
    else expect(call).toThrow(message);
  });

  it('signSessionToken() describes the value of an unknown option, which may be the misspelt secret', async () => {
    const call = signSessionToken({ secert: 'shh-do-not-print', state: 's', subject: 'auth0|1' } as never);
    await expect(call).rejects.toThrow(
      new TypeError(
        'signSessionToken(): options.secert must be a known option (secret, state, subject, issuer, payload, expiresInSeconds); received a string (not shown: it may be a secret). Did you mean secret?',
      ),
    );
  });

  it('simulate() suggests the option it probably meant', async () => {
    await expect(
      simulate({ onExecutePostChallenge: async () => {} }, { trigger: TRIGGER, echoLog: true } as never),
    ).rejects.toThrow(
      /options\.echoLog must be a known option \(.*\); received the boolean true\. Did you mean echoLogs\?$/,
    );
  });
});

describe('closestName', () => {
  it.each([
    ['evnt', 'event'],
    ['sede', 'seed'],
    ['limit', 'limits'],
    ['Event', 'event'],
    ['validateIsuser', 'validateIssuer'],
  ])('takes %s for %s', (typo, meant) => {
    expect(closestName(typo, ['event', 'seed', 'limits', 'validateIssuer'])).toBe(meant);
  });

  it('suggests nothing for a different word', () => {
    expect(closestName('foo', ['secret', 'state', 'subject'])).toBeUndefined();
    expect(closestName('now', ['seed'])).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sede', 'seed')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
