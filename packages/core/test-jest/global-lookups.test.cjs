// Jest runs a test file in a vm context whose global object answers every lookup of a global name through an
// interceptor, a call into C++. Library code that reads `Object.hasOwn` or `Array.isArray` per field of an
// event made mockEvent() ten times slower under Jest than under Node. This file counts the lookups the built
// package makes per operation, in Jest's own realm: a hot path that reaches for a global per field shows up
// as a count that grows with the event.
const { mockApi, mockEvent, simulate } = require('@auth0-actions-mock/core');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'a-shared-secret-of-at-least-32-bytes!';
const RUNS = 5;

// What fake timers replace and what the simulation patches must be read at each call; the rest is captured once.
const LOOKED_UP_ON_PURPOSE = new Set(['Date', 'setTimeout', 'clearTimeout', 'console', 'globalThis', 'Promise']);
const WATCHED = [
  'Object',
  'Array',
  'JSON',
  'Math',
  'Number',
  'String',
  'Buffer',
  'Map',
  'Set',
  'URL',
  'Symbol',
  'Reflect',
  'structuredClone',
  'RegExp',
  'Error',
  'TypeError',
  ...LOOKED_UP_ON_PURPOSE,
];

const { defineProperty, getOwnPropertyDescriptor, entries } = Object;

/** Runs `operation` RUNS times with every watched global counted, and returns the lookups per run, by name. */
async function lookupsPerRun(operation) {
  await operation(); // The first run may build and keep things (an event template); count the steady state.
  const counts = {};
  const saved = WATCHED.map((name) => [name, getOwnPropertyDescriptor(globalThis, name)]);
  for (const [name, descriptor] of saved) {
    const value = descriptor.get ? descriptor.get.call(globalThis) : descriptor.value;
    defineProperty(globalThis, name, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get() {
        counts[name] = (counts[name] ?? 0) + 1;
        return value;
      },
      set(next) {
        defineProperty(globalThis, name, { ...descriptor, value: next });
      },
    });
  }
  try {
    for (let run = 0; run < RUNS; run += 1) await operation();
  } finally {
    for (const [name, descriptor] of saved) defineProperty(globalThis, name, descriptor);
  }
  return Object.fromEntries(entries(counts).map(([name, count]) => [name, count / RUNS]));
}

function avoidable(counts) {
  return Object.fromEntries(entries(counts).filter(([name]) => !LOOKED_UP_ON_PURPOSE.has(name)));
}

const bigMetadata = Object.fromEntries(
  Array.from({ length: 200 }, (_, index) => [`key${index}`, { nested: [index, `${index}`] }]),
);

describe('global lookups per operation, under Jest', () => {
  test('mockEvent() looks up no global per field, however large the overrides', async () => {
    const small = await lookupsPerRun(() => mockEvent(TRIGGER, { user: { app_metadata: { plan: 'pro' } } }));
    const large = await lookupsPerRun(() => mockEvent(TRIGGER, { user: { app_metadata: bigMetadata } }));
    expect(avoidable(small)).toEqual({});
    expect(avoidable(large)).toEqual({});
  });

  test('mockApi() and a handler that denies look up only the clock', async () => {
    const event = mockEvent(TRIGGER);
    const counts = await lookupsPerRun(() => mockApi(TRIGGER, { event }).access.deny('blocked'));
    expect(avoidable(counts)).toEqual({});
  });

  test('cache writes and reads read only the clock', async () => {
    const api = mockApi(TRIGGER);
    const counts = await lookupsPerRun(() => {
      for (let index = 0; index < 20; index += 1) {
        api.cache.set(`key:${index}`, 'x'.repeat(50), { ttl: 60_000 });
        api.cache.get(`key:${index}`);
      }
    });
    expect(avoidable(counts)).toEqual({});
  });

  test('a whole redirect round trip looks up only the clock, the timers and the console', async () => {
    const roundTrip = (event) => async () => {
      const redirected = await simulate(
        {
          onExecutePostChallenge: async (e, api) => {
            api.redirect.sendUserTo('https://verify.example.com/start', {
              query: { session_token: api.redirect.encodeToken({ secret: e.secrets.S, payload: { a: 1 } }) },
            });
          },
          onContinuePostChallenge: async (e, api) => {
            api.redirect.validateToken({ secret: e.secrets.S });
            api.transaction.setResultUrl('https://app.example.com/done');
          },
        },
        { trigger: TRIGGER, secrets: { S: SECRET }, event },
      );
      await redirected.continue({ token: { secret: SECRET } });
    };
    expect(avoidable(await lookupsPerRun(roundTrip(undefined)))).toEqual({});
    expect(avoidable(await lookupsPerRun(roundTrip({ user: { app_metadata: bigMetadata } })))).toEqual({});
  });
});
