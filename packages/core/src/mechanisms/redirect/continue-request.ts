import { signSessionTokenNow } from '../tokens/sign-session-token.js';
import { argumentError, isPlainObject, secretArgumentError } from '../../util/errors.js';
import { assertKnownOptions } from '../../util/known-options.js';
import { DEFAULT_TOKEN_PARAMETER } from '../tokens/session-token.js';
import type { ContinueRequest } from '../../simulation/types.js';
import { cloneStructured, hasOwn, isFiniteNumber, objectEntries } from '../../util/intrinsics.js';

interface RequestView {
  query?: unknown;
  body?: unknown;
  method?: unknown;
  [key: string]: unknown;
}

function assertRequest(fn: string, request: unknown): asserts request is ContinueRequest {
  if (!isPlainObject(request)) throw argumentError(fn, 'request', 'an object like { query, body, token }', request);
  assertKnownOptions(fn, 'request', request, ['query', 'body', 'token']);
  const { query, body, token } = request;
  if (query !== undefined) {
    if (!isPlainObject(query)) throw argumentError(fn, 'request.query', 'an object of string values', query);
    for (const [name, value] of objectEntries(query)) {
      if (typeof value !== 'string')
        throw argumentError(fn, `request.query.${name}`, 'a string (query parameters are strings)', value);
    }
  }
  if (body !== undefined && !isPlainObject(body)) throw argumentError(fn, 'request.body', 'an object', body);
  if (token !== undefined) {
    if (!isPlainObject(token))
      throw argumentError(fn, 'request.token', 'an object like { secret, payload, expiresInSeconds }', token);
    assertKnownOptions(fn, 'request.token', token, ['secret', 'payload', 'expiresInSeconds', 'parameter', 'issuer'], {
      secret: true,
    });
    if (typeof token.secret !== 'string' || token.secret === '') {
      throw secretArgumentError(
        fn,
        'request.token.secret',
        'a non-empty string (the secret shared with the Action)',
        token.secret,
      );
    }
    for (const name of ['parameter', 'issuer'] as const) {
      const value = token[name];
      if (value !== undefined && (typeof value !== 'string' || value === ''))
        throw argumentError(fn, `request.token.${name}`, 'a non-empty string', value);
    }
    if (token.payload !== undefined && !isPlainObject(token.payload))
      throw argumentError(fn, 'request.token.payload', 'an object of claims', token.payload);
    const lifetime = token.expiresInSeconds;
    if (lifetime !== undefined && (typeof lifetime !== 'number' || !isFiniteNumber(lifetime))) {
      throw argumentError(fn, 'request.token.expiresInSeconds', 'a finite number of seconds', lifetime);
    }
  }
}

function cloneData(fn: string, value: Record<string, unknown>, argument: string): Record<string, unknown> {
  try {
    return cloneStructured(value);
  } catch {
    throw argumentError(fn, argument, 'plain data (what a browser can send)', value);
  }
}

/**
 * The `/continue` request the browser makes, as the resumed handler sees it in `event.request`: the original
 * request's client details (ip, geoip, hostname, user agent) with the new query (`state` added unless the test
 * gives one) and body; a POST when there is a body. A `token` is signed the way the external site signs it and
 * goes in the body when there is one (the docs recommend POSTing data back), otherwise in the query.
 */
export function continueRequest(
  fn: string,
  previous: unknown,
  request: unknown,
  flow: { state: string; subject: string },
): Record<string, unknown> {
  const given = request ?? {};
  assertRequest(fn, given);
  const query: Record<string, unknown> = { state: flow.state, ...given.query };
  const body = given.body === undefined ? undefined : cloneData(fn, given.body, 'request.body');
  if (given.token) {
    const { secret, payload, expiresInSeconds, issuer, parameter = DEFAULT_TOKEN_PARAMETER } = given.token;
    const target = body ?? query;
    if (hasOwn(target, parameter)) {
      throw argumentError(
        fn,
        `request.${body ? 'body' : 'query'}.${parameter}`,
        'left out when request.token is given (the token goes there)',
        target[parameter],
      );
    }
    const options = {
      secret,
      state: flow.state,
      subject: flow.subject,
      ...(payload && { payload }),
      ...(expiresInSeconds !== undefined && { expiresInSeconds }),
      ...(issuer !== undefined && { issuer }),
    };
    target[parameter] = signSessionTokenNow(fn, options);
  }
  // The rest of the request (ip, hostname, geoip...) stays shared: the flow never changes its event in place, and
  // each handler gets a deep copy of it.
  return { ...(previous as RequestView | undefined), method: body ? 'POST' : 'GET', query, body: body ?? {} };
}
