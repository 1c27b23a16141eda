import { describe, expect, it } from 'vitest';
import { mockApi, recorded, type PostChallengeApi } from '../src/index.js';
import { internalsOf } from '../src/api/api-context.js';
import { acceptedCalls } from './support/accepted-calls.js';

const TRIGGER = 'password-reset-post-challenge';
const REDIRECT_AND_RENDER = 'Redirect and render commands cannot be used in the same action.';

type UrlMethod = PostChallengeApi['redirect']['sendUserTo'];

/** Both methods build their URL the same way; each test runs against both. The href is what the browser gets. */
const URL_METHODS: Array<[string, (api: PostChallengeApi) => UrlMethod, (api: object) => string | undefined]> = [
  [
    'redirect.sendUserTo',
    (api) => api.redirect.sendUserTo,
    (api) => (internalsOf(api)?.effects.redirect as { url?: string } | undefined)?.url,
  ],
  [
    'transaction.setResultUrl',
    (api) => api.transaction.setResultUrl,
    (api) => (internalsOf(api)?.effects['result-url'] as { href?: string } | undefined)?.href,
  ],
];

describe.each(URL_METHODS)('%s URL building', (path, methodOf, hrefOf) => {
  const fn = `api.${path}()`;

  it('returns undefined and records the url and options as the Action passed them', () => {
    const api = mockApi(TRIGGER);
    const options = { query: { session_token: 'signed.jwt.token' } };
    expect(methodOf(api)('https://verify.example.com/identity', options)).toBeUndefined();
    expect(recorded(api).calls).toEqual([
      { method: path, args: ['https://verify.example.com/identity', options], at: expect.any(Number) },
    ]);
  });

  it('keeps the href of new URL(url) with the query applied', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://verify.example.com/identity', { query: { session_token: 'abc', lang: 'en' } });
    expect(hrefOf(api)).toBe('https://verify.example.com/identity?session_token=abc&lang=en');
  });

  it('keeps the normalised href when there is no query', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('HTTPS://Verify.Example.COM');
    expect(hrefOf(api)).toBe('https://verify.example.com/');
  });

  it('overwrites a parameter already in the url, as searchParams.set does, keeping its position', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://verify.example.com/identity?a=1&b=2&a=3', { query: { a: 'new' } });
    expect(hrefOf(api)).toBe('https://verify.example.com/identity?a=new&b=2');
  });

  it('encodes query values as URLSearchParams does', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://verify.example.com/', { query: { next: 'https://app.example.com/a b?c=d&e', name: 'Zoë' } });
    expect(hrefOf(api)).toBe(
      'https://verify.example.com/?next=https%3A%2F%2Fapp.example.com%2Fa+b%3Fc%3Dd%26e&name=Zo%C3%AB',
    );
  });

  it('keeps the fragment and the existing query', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://verify.example.com/path?keep=1#section', { query: { add: '2' } });
    expect(hrefOf(api)).toBe('https://verify.example.com/path?keep=1&add=2#section');
  });

  it('accepts an empty query', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://verify.example.com/identity', { query: {} });
    expect(hrefOf(api)).toBe('https://verify.example.com/identity');
  });

  it('keeps the last url when called twice', () => {
    const api = mockApi(TRIGGER);
    methodOf(api)('https://first.example.com/');
    methodOf(api)('https://second.example.com/');
    expect(hrefOf(api)).toBe('https://second.example.com/');
    expect(recorded(api).calls).toHaveLength(2);
  });

  it.each(['not a url', '/relative/path', 'verify.example.com/identity', '', 'https://exa mple.com/'])(
    'throws a TypeError for the malformed url %j and records nothing',
    (url) => {
      const api = mockApi(TRIGGER);
      expect(() => methodOf(api)(url)).toThrow(TypeError);
      expect(() => methodOf(api)(url)).toThrow(/Invalid URL/);
      expect(acceptedCalls(api)).toEqual([]);
      expect(hrefOf(api)).toBeUndefined();
    },
  );

  it('throws the TypeError new URL throws for a url that is not a string', () => {
    const api = mockApi(TRIGGER);
    expect(() => methodOf(api)(undefined as never)).toThrow(TypeError);
  });

  it('rejects options that are not an object, naming the method', () => {
    const api = mockApi(TRIGGER);
    expect(() => methodOf(api)('https://verify.example.com/', 'session_token=abc' as never)).toThrow(
      new TypeError(`${fn}: options must be an object like { query }; received the string "session_token=abc".`),
    );
    expect(acceptedCalls(api)).toEqual([]);
  });

  it('rejects a query that is not an object, naming the method', () => {
    const api = mockApi(TRIGGER);
    expect(() => methodOf(api)('https://verify.example.com/', { query: 'a=1' } as never)).toThrow(
      new TypeError(`${fn}: options.query must be an object of string values; received the string "a=1".`),
    );
  });
});

describe('the render / redirect conflict', () => {
  it('aborts sendUserTo after prompt.render in the same Action, recording nothing', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('consent');
    expect(() => api.redirect.sendUserTo('https://verify.example.com/identity')).toThrow(
      new Error(REDIRECT_AND_RENDER),
    );
    expect(acceptedCalls(api).map((call) => call.method)).toEqual(['prompt.render']);
    expect((internalsOf(api)?.effects.redirect as { url?: string } | undefined)?.url).toBeUndefined();
  });

  it('reports the conflict before looking at the url', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('consent');
    expect(() => api.redirect.sendUserTo('not a url')).toThrow(REDIRECT_AND_RENDER);
  });

  it('does not apply to setResultUrl', () => {
    const api = mockApi(TRIGGER);
    api.prompt.render('consent');
    expect(api.transaction.setResultUrl('https://app.example.com/done')).toBeUndefined();
  });

  it('leaves a redirect possible after a render that was rejected', () => {
    const api = mockApi(TRIGGER);
    expect(() => api.prompt.render(undefined as never)).toThrow();
    expect(api.redirect.sendUserTo('https://verify.example.com/identity')).toBeUndefined();
  });
});
