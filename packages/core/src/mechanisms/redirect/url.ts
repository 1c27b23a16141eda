import { argumentError, describeValue, isPlainObject } from '../../util/errors.js';
import { NativeURL, objectEntries } from '../../util/intrinsics.js';

export type QueryParams = Record<string, string>;

/**
 * Builds a redirect target the way the runtime does: `new URL(url)`, then `searchParams.set` for each query
 * parameter (so a parameter already in the url is overwritten), and the resulting `href`.
 */
export function buildUrl(method: string, url: unknown, query: unknown): string {
  let target: URL;
  try {
    target = new NativeURL(url as string);
  } catch (error) {
    throw invalidUrl(method, url, error);
  }
  if (query === undefined) return target.href;
  if (!isPlainObject(query)) throw argumentError(method, 'options.query', 'an object of string values', query);
  for (const [name, value] of objectEntries(query)) {
    // The runtime's types take string values only; `searchParams.set` would print an object as "[object Object]".
    if (typeof value !== 'string')
      throw argumentError(method, `options.query.${name}`, 'a string (query parameters are strings)', value);
    target.searchParams.set(name, value);
  }
  return target.href;
}

/**
 * The runtime's `TypeError: Invalid URL` (its code and input kept, in the caller's realm), saying which method and
 * what it takes: a relative path is the usual slip.
 */
function invalidUrl(method: string, url: unknown, cause: unknown): TypeError {
  const hint =
    typeof url === 'string' && url.startsWith('/') ? ` (a path: add the site, as in 'https://example.com${url}')` : '';
  const error = new TypeError(
    `Invalid URL: ${method}: url must be an absolute URL such as 'https://example.com/verify'${hint}; received ${describeValue(url)}.`,
  ) as TypeError & { code?: unknown; input?: unknown };
  const source = cause as { code?: unknown; input?: unknown } | null;
  if (source?.code !== undefined) error.code = source.code;
  if (source?.input !== undefined) error.input = source.input;
  return error;
}

/** The query of an href as a plain object (last value wins), for matchers and the simulation. */
export function queryOf(href: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new NativeURL(href).searchParams) params[name] = value;
  return params;
}
