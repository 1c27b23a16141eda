import { signSessionTokenNow } from '../sign-session-token.js';
import { argumentError, isPlainObject, secretArgumentError } from '../shared/errors.js';
import { assertKnownOptions } from '../shared/known-options.js';
import { DEFAULT_TOKEN_PARAMETER } from '../shared/session-token.js';
import type { ContinueRequest } from './types.js';
import { cloneStructured, hasOwn, isFiniteNumber, objectEntries } from '../shared/intrinsics.js';

const CONTINUE = 'simulation.continue()';

interface RequestView {
  query?: unknown;
  body?: unknown;
  method?: unknown;
  [key: string]: unknown;
}

function assertRequest(request: unknown): asserts request is ContinueRequest {
  if (!isPlainObject(request)) throw argumentError(CONTINUE, 'request', 'an object like { query, body, token }', request);
  assertKnownOptions(CONTINUE, 'request', request, ['query', 'body', 'token']);
  const { query, body, token } = request;
  if (query !== undefined) {
    if (!isPlainObject(query)) throw argumentError(CONTINUE, 'request.query', 'an object of string values', query);
    for (const [name, value] of objectEntries(query)) {
      if (typeof value !== 'string') throw argumentError(CONTINUE, `request.query.${name}`, 'a string (query parameters are strings)', value);
    }
  }
  if (body !== undefined && !isPlainObject(body)) throw argumentError(CONTINUE, 'request.body', 'an object', body);
  if (token !== undefined) {
    if (!isPlainObject(token)) throw argumentError(CONTINUE, 'request.token', 'an object like { secret, payload, expiresInSeconds }', token);
    assertKnownOptions(CONTINUE, 'request.token', token, ['secret', 'payload', 'expiresInSeconds', 'parameter', 'issuer'], { secret: true });
    if (typeof token.secret !== 'string' || token.secret === '') {
      throw secretArgumentError(CONTINUE, 'request.token.secret', "a non-empty string (the secret shared with the Action)", token.secret);
    }
    for (const name of ['parameter', 'issuer'] as const) {
      const value = token[name];
      if (value !== undefined && (typeof value !== 'string' || value === '')) throw argumentError(CONTINUE, `request.token.${name}`, 'a non-empty string', value);
    }
    if (token.payload !== undefined && !isPlainObject(token.payload)) throw argumentError(CONTINUE, 'request.token.payload', 'an object of claims', token.payload);
    const lifetime = token.expiresInSeconds;
    if (lifetime !== undefined && (typeof lifetime !== 'number' || !isFiniteNumber(lifetime))) {
      throw argumentError(CONTINUE, 'request.token.expiresInSeconds', 'a finite number of seconds', lifetime);
    }
  }
}

function cloneData(value: Record<string, unknown>, argument: string): Record<string, unknown> {
  try {
    return cloneStructured(value);
  } catch {
    throw argumentError(CONTINUE, argument, 'plain data (what a browser can send)', value);
  }
}

/**
 * The `/continue` request the browser makes, as the resumed handler sees it in `event.request`: the original
 * request's client details (ip, geoip, hostname, user agent) with the new query (`state` added unless the test
 * gives one) and body; a POST when there is a body. A `token` is signed the way the external site signs it and
 * goes in the body when there is one (the docs recommend POSTing data back), otherwise in the query.
 */
export async function continueRequest(
  previous: unknown,
  request: unknown,
  flow: { state: string; subject: string },
): Promise<Record<string, unknown>> {
  const given = request ?? {};
  assertRequest(given);
  const query: Record<string, unknown> = { state: flow.state, ...given.query };
  const body = given.body === undefined ? undefined : cloneData(given.body, 'request.body');
  if (given.token) {
    const { secret, payload, expiresInSeconds, issuer, parameter = DEFAULT_TOKEN_PARAMETER } = given.token;
    const target = body ?? query;
    if (hasOwn(target, parameter)) {
      throw argumentError(CONTINUE, `request.${body ? 'body' : 'query'}.${parameter}`, 'left out when request.token is given (the token goes there)', target[parameter]);
    }
    const options = { secret, state: flow.state, subject: flow.subject, ...(payload && { payload }), ...(expiresInSeconds !== undefined && { expiresInSeconds }), ...(issuer !== undefined && { issuer }) };
    target[parameter] = signSessionTokenNow(CONTINUE, options);
  }
  // The rest of the request (ip, hostname, geoip...) stays shared: the flow never changes its event in place, and
  // each handler gets a deep copy of it.
  return { ...(previous as RequestView | undefined), method: body ? 'POST' : 'GET', query, body: body ?? {} };
}
