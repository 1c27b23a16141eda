import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, mockApi, recorded } from '../src/index.js';
import { internalsOf } from '../src/api/api-context.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';
const REDIRECT_AND_RENDER = 'Redirect and render commands cannot be used in the same action.';
const ONE_RENDER = 'Only 1 render command per action is allowed.';
const TOO_LARGE = 'api.prompt.render(): The total size of the prompt options exceeds the limit of 24576 bytes.';

function properties(count: number, prefix = 'field'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 'x']));
}

/** Prompt options whose JSON is exactly `bytes` long: `{"vars":{"v":"…"}}`, 15 bytes of framing. */
function optionsOfSize(bytes: number, filler = 'x'): { vars: { v: string } } {
  const framing = JSON.stringify({ vars: { v: '' } }).length;
  const fillerBytes = Buffer.byteLength(filler);
  const options = { vars: { v: filler.repeat(Math.floor((bytes - framing) / fillerBytes)) } };
  options.vars.v += 'x'.repeat(bytes - Buffer.byteLength(JSON.stringify(options)));
  expect(Buffer.byteLength(JSON.stringify(options))).toBe(bytes);
  return options;
}

function renderError(call: () => void): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected prompt.render to throw');
}

describe('api.prompt.render: success', () => {
  it('returns undefined and records the call as passed', () => {
    const api = mockApi(TRIGGER);
    const options = { fields: { consent: false }, vars: { firstName: 'Ada' } };
    expect(api.prompt.render('marketing-consent-form', options)).toBeUndefined();
    expect(recorded(api).calls).toEqual([
      { method: 'prompt.render', args: ['marketing-consent-form', options], at: expect.any(Number) },
    ]);
  });

  it('keeps a copy of what the form receives, with fields and vars defaulted to {}', () => {
    const api = mockApi(TRIGGER);
    const options = { vars: { firstName: 'Ada' } };
    api.prompt.render('consent', options);
    options.vars.firstName = 'changed';
    expect((internalsOf(api)?.effects.prompt as { rendered?: unknown } | undefined)?.rendered).toEqual({
      id: 'consent',
      fields: {},
      vars: { firstName: 'Ada' },
    });
  });

  it('accepts a render without options', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('consent');
    expect((internalsOf(api)?.effects.prompt as { rendered?: unknown } | undefined)?.rendered).toEqual({
      id: 'consent',
      fields: {},
      vars: {},
    });
  });
});

describe('api.prompt.render: the runtime checks, in order', () => {
  it('1. after sendUserTo in the same Action it aborts with the redirect-and-render message', () => {
    const api = mockApi(TRIGGER);
    api.redirect.sendUserTo('https://verify.example.com/identity');
    expect(() => api.prompt.render('consent')).toThrow(new Error(REDIRECT_AND_RENDER));
    expect(acceptedCalls(api).map((call) => call.method)).toEqual(['redirect.sendUserTo']);
  });

  it('1. the redirect check comes before the schema check', () => {
    const api = mockApi(TRIGGER);
    api.redirect.sendUserTo('https://verify.example.com/identity');
    expect(() => api.prompt.render(undefined as never)).toThrow(REDIRECT_AND_RENDER);
  });

  it('1. setResultUrl is not a redirect: rendering after it is allowed', () => {
    const api = mockApi(TRIGGER);
    api.transaction.setResultUrl('https://app.example.com/done');
    expect(api.prompt.render('consent')).toBeUndefined();
  });

  it('2. a second render in the same Action aborts and only the first is recorded', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('first');
    expect(() => api.prompt.render('second')).toThrow(new Error(ONE_RENDER));
    expect(acceptedCalls(api).map((call) => call.args[0])).toEqual(['first']);
    expect((internalsOf(api)?.effects.prompt as { rendered?: { id: string } } | undefined)?.rendered?.id).toBe('first');
  });

  it('2. the one-render check comes before the schema check', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('first');
    expect(() => api.prompt.render('x'.repeat(49))).toThrow(ONE_RENDER);
  });

  it('2. a render the schema rejected does not count: a correct one may follow', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.prompt.render('x'.repeat(49))).toThrow();
    expect(api.prompt.render('consent')).toBeUndefined();
  });

  it('3. the schema check comes before the size check', () => {
    const api = mockApi(TRIGGER);
    const options = { ...optionsOfSize(30_000), extra: 1 };
    expect(() => api.prompt.render('consent', options as never)).toThrow(
      "api.prompt.render(): promptOptions must NOT have additional properties ('extra')",
    );
  });
});

describe('api.prompt.render: promptId', () => {
  it('is required', () => {
    expect(() => mockApi(TRIGGER).prompt.render(undefined as never)).toThrow(
      new Error(
        "api.prompt.render(): promptId must have required property 'promptId' (promptId: expected the id of the form to render, " +
          'a string of at most 48 characters; received undefined)',
      ),
    );
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { id: 'consent' }],
  ])('must be a string, not %s', (_name, promptId) => {
    expect(() => mockApi(TRIGGER).prompt.render(promptId as never)).toThrow(
      new Error('api.prompt.render(): promptId must be string'),
    );
  });

  it('may have 47 or 48 characters', () => {
    expect(mockApi(TRIGGER).prompt.render('p'.repeat(47))).toBeUndefined();
    expect(mockApi(TRIGGER).prompt.render('p'.repeat(48))).toBeUndefined();
  });

  it('may not have 49 characters', () => {
    expect(() => mockApi(TRIGGER).prompt.render('p'.repeat(49))).toThrow(
      new Error('api.prompt.render(): promptId must NOT have more than 48 characters'),
    );
  });

  it('counts characters as the schema validator does: an emoji is one character', () => {
    expect(mockApi(TRIGGER).prompt.render('😀'.repeat(48))).toBeUndefined();
    expect(() => mockApi(TRIGGER).prompt.render('😀'.repeat(49))).toThrow(
      'api.prompt.render(): promptId must NOT have more than 48 characters',
    );
  });

  it('follows a configured maxPromptIdLength, and says so in the message', () => {
    const api = mockApi(TRIGGER, { limits: { maxPromptIdLength: 10 } });
    expect(() => api.prompt.render('p'.repeat(11))).toThrow(
      'api.prompt.render(): promptId must NOT have more than 10 characters',
    );
  });
});

describe('api.prompt.render: promptOptions keys', () => {
  it('may hold only fields and vars', () => {
    expect(
      renderError(() => mockApi(TRIGGER).prompt.render('consent', { fields: {}, vars: {}, other: 1 } as never)),
    ).toBe("api.prompt.render(): promptOptions must NOT have additional properties ('other')");
  });

  it('must be an object', () => {
    expect(() => mockApi(TRIGGER).prompt.render('consent', 'fields' as never)).toThrow(
      /^api\.prompt\.render\(\): promptOptions must be object/,
    );
    expect(() => mockApi(TRIGGER).prompt.render('consent', [] as never)).toThrow(
      /^api\.prompt\.render\(\): promptOptions must be object/,
    );
  });

  it.each(['fields', 'vars'])('requires %s to be an object', (part) => {
    expect(() => mockApi(TRIGGER).prompt.render('consent', { [part]: ['x'] })).toThrow(
      new Error(`api.prompt.render(): promptOptions/${part} must be object`),
    );
  });
});

describe('api.prompt.render: property counts', () => {
  it.each(['fields', 'vars'] as const)('accepts 23 and 24 properties in %s', (part) => {
    expect(mockApi(TRIGGER).prompt.render('consent', { [part]: properties(23) })).toBeUndefined();
    expect(mockApi(TRIGGER).prompt.render('consent', { [part]: properties(24) })).toBeUndefined();
  });

  it.each(['fields', 'vars'] as const)('rejects 25 properties in %s', (part) => {
    expect(() => mockApi(TRIGGER).prompt.render('consent', { [part]: properties(25) })).toThrow(
      new Error(`api.prompt.render(): promptOptions/${part} must NOT have more than 24 properties`),
    );
  });

  it('counts fields and vars separately: 24 of each is fine', () => {
    expect(mockApi(TRIGGER).prompt.render('consent', { fields: properties(24), vars: properties(24) })).toBeUndefined();
  });

  it('follows a configured maxPromptProperties', () => {
    expect(() =>
      mockApi(TRIGGER, { limits: { maxPromptProperties: 2 } }).prompt.render('consent', { vars: properties(3) }),
    ).toThrow('api.prompt.render(): promptOptions/vars must NOT have more than 2 properties');
  });
});

describe('api.prompt.render: field names', () => {
  it.each(['a', '_', 'A', '_private', 'firstName', 'field_2', `a${'b'.repeat(49)}`])(
    'accepts the field name %j',
    (name) => {
      expect(mockApi(TRIGGER).prompt.render('consent', { fields: { [name]: 'x' } })).toBeUndefined();
    },
  );

  it.each(['1st', 'first-name', 'has space', '', 'é', `a${'b'.repeat(50)}`, 'a.b'])(
    'rejects the field name %j',
    (name) => {
      expect(renderError(() => mockApi(TRIGGER).prompt.render('consent', { fields: { [name]: 'x' } }))).toBe(
        `api.prompt.render(): promptOptions/fields property name '${name}' must match pattern "^[a-zA-Z_][a-zA-Z0-9_]{0,49}$"`,
      );
    },
  );

  it.each(['first-name', '1', '', 'has space', 'é'])('accepts any vars key, such as %j', (name) => {
    expect(mockApi(TRIGGER).prompt.render('consent', { vars: { [name]: 'x' } })).toBeUndefined();
  });
});

describe('api.prompt.render: total size (24,576 bytes)', () => {
  it('accepts options whose JSON is 24,575 or exactly 24,576 bytes', () => {
    expect(mockApi(TRIGGER).prompt.render('consent', optionsOfSize(24_575))).toBeUndefined();
    expect(mockApi(TRIGGER).prompt.render('consent', optionsOfSize(24_576))).toBeUndefined();
  });

  it('rejects options whose JSON is 24,577 bytes', () => {
    expect(() => mockApi(TRIGGER).prompt.render('consent', optionsOfSize(24_577))).toThrow(new Error(TOO_LARGE));
  });

  it('measures UTF-8 bytes, not characters', () => {
    const options = optionsOfSize(24_577, 'é');
    expect(JSON.stringify(options).length).toBeLessThan(24_576);
    expect(() => mockApi(TRIGGER).prompt.render('consent', options)).toThrow(TOO_LARGE);
  });

  it('defaults to 24 KiB and follows a configured maxPromptOptionsBytes', () => {
    expect(DEFAULT_LIMITS.maxPromptOptionsBytes).toBe(24_576);
    expect(() =>
      mockApi(TRIGGER, { limits: { maxPromptOptionsBytes: 100 } }).prompt.render('consent', optionsOfSize(101)),
    ).toThrow('api.prompt.render(): The total size of the prompt options exceeds the limit of 100 bytes.');
  });
});
