import { api, SECRET, TRIGGER, type Scenario } from './tools.js';

export const toRedirectTo: Scenario[] = [
  {
    title: 'with no argument, passes when sendUserTo was called',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity');
      return a;
    },
    assert: (a) => a.toRedirectTo(),
    outcome: 'pass',
  },
  {
    title: 'compares the url argument as the Action passed it',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity', { query: { step: 'email' } });
      return a;
    },
    assert: (a) => a.toRedirectTo('https://verify.example.com/identity'),
    outcome: 'pass',
  },
  {
    title: 'does not compare the url with the final href',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity', { query: { step: 'email' } });
      return a;
    },
    assert: (a) => a.toRedirectTo('https://verify.example.com/identity?step=email'),
    outcome: 'fail',
  },
  {
    title: 'tests a RegExp against the url',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity');
      return a;
    },
    assert: (a) => a.toRedirectTo(/^https:\/\/verify\.example\.com\//),
    outcome: 'pass',
  },
  {
    title: "matches options.query partially against the url's own parameters and options.query",
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity?lang=fr&step=1', {
        query: { step: '2', session_token: 'abc.def.ghi' },
      });
      return a;
    },
    assert: (a, expect) =>
      a.toRedirectTo(undefined, { query: { lang: 'fr', step: '2', session_token: expect.stringMatching(/^abc\./) } }),
    outcome: 'pass',
  },
  {
    title: 'fails when a query parameter differs, showing only what differs',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity?lang=fr&step=1', { query: { step: '2' } });
      return a;
    },
    assert: (a) =>
      a.toRedirectTo('https://verify.example.com/identity?lang=fr&step=1', { query: { lang: 'fr', step: '1' } }),
    outcome: 'fail',
  },
  {
    title: 'shows the parameters the test did not name when one it named is missing',
    arrange: (tools) => {
      const a = api(tools);
      a.redirect.sendUserTo('https://verify.example.com/identity?lang=fr', { query: { token: 'abc.def.ghi' } });
      return a;
    },
    assert: (a, expect) =>
      a.toRedirectTo('https://verify.example.com/identity?lang=fr', { query: { session_token: expect.any(String) } }),
    outcome: 'fail',
  },
  {
    title: 'checks a real session token from encodeToken, and never prints the secret',
    arrange: (tools) => {
      const a = api(tools, { REDIRECT_SECRET: SECRET });
      const sessionToken = a.redirect.encodeToken({ secret: SECRET, payload: { userId: 'auth0|123' } });
      a.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: sessionToken } });
      return a;
    },
    assert: (a, expect) =>
      a.toRedirectTo('https://verify.example.com/identity', {
        query: { session_token: expect.stringMatching(/^eyJ/) },
      }),
    outcome: 'pass',
  },
  {
    title: 'lists encodeToken and validateToken calls with their secret redacted when sendUserTo was never called',
    arrange: ({ lib }) => {
      const secrets = { REDIRECT_SECRET: SECRET };
      const signer = lib.mockApi(TRIGGER, { event: lib.mockEvent(TRIGGER, { secrets }) });
      const sessionToken = signer.redirect.encodeToken({ secret: SECRET, payload: { state: 'state-123' } });
      const event = lib.mockEvent(TRIGGER, {
        secrets,
        request: { query: { session_token: sessionToken, state: 'state-123' } },
      });
      const a = lib.mockApi(TRIGGER, { event });
      a.redirect.encodeToken({ secret: SECRET, payload: { userId: 'auth0|123' } });
      a.redirect.validateToken({ secret: SECRET });
      return a;
    },
    assert: (a) => a.toRedirectTo('https://verify.example.com/identity'),
    outcome: 'fail',
  },
  {
    title: 'rejects a misspelt option',
    arrange: (tools) => api(tools),
    assert: (a) =>
      (a.toRedirectTo as (...args: unknown[]) => void)('https://verify.example.com/identity', { qurey: { step: '1' } }),
    outcome: 'misuse',
  },
  {
    title: 'rejects a url that is not a string, a RegExp or an asymmetric matcher',
    arrange: (tools) => api(tools),
    assert: (a) => (a.toRedirectTo as (...args: unknown[]) => void)(new URL('https://verify.example.com/')),
    outcome: 'misuse',
  },
];
