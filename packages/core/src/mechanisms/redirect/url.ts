import { argumentError, inCallerRealm, isPlainObject } from '../../util/errors.js';
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
    throw inCallerRealm(error);
  }
  if (query === undefined) return target.href;
  if (!isPlainObject(query)) throw argumentError(method, 'options.query', 'an object of string values', query);
  for (const [name, value] of objectEntries(query)) {
    target.searchParams.set(name, value as string);
  }
  return target.href;
}

/** The query of an href as a plain object (last value wins), for matchers and the simulation. */
export function queryOf(href: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new NativeURL(href).searchParams) params[name] = value;
  return params;
}
