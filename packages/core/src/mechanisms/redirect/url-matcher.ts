import { buildUrl, queryOf } from './url.js';
import type { RecordedCall } from '../../api/recorder.js';
import { assertObjectExpectation, assertOptions, assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';
import type { RawMatcher } from '../../matchers/matcher-context.js';

/** The url argument as the Action passed it (a URL object compares by its href). */
function urlAsPassed(call: RecordedCall): unknown {
  const [url] = call.args;
  return typeof url === 'object' && url !== null && typeof (url as URL).href === 'string' ? (url as URL).href : url;
}

/**
 * The query the browser gets: the url's own parameters with `options.query` applied, the way the runtime builds
 * it. A simulation adds `state` later; it is not part of what the Action asked for.
 */
function finalQuery(call: RecordedCall): Record<string, string> {
  const [url, options] = call.args;
  return queryOf(buildUrl(call.method, url, (options as { query?: unknown } | undefined)?.query));
}

/**
 * `toRedirectTo` / `toHaveSetResultUrl`: `url` compares with the url argument exactly as passed; `options.query`
 * is a partial match on the final query.
 */
export function urlCallMatcher(matcherName: string, method: string): RawMatcher {
  return callMatcher({
    matcherName,
    method,
    argumentNames: ['url', 'options'],
    parts(check, [url, options]) {
      assertTextExpectation(check, 'url', url);
      const { query } = assertOptions(check, 'options', options, ['query']);
      assertObjectExpectation(check, 'options.query', query);
      const parts: CallPart[] = [];
      if (url !== undefined) parts.push({ name: 'url', expected: url, partial: false, valueOf: urlAsPassed });
      if (query !== undefined) parts.push({ name: 'query', expected: query, partial: true, valueOf: finalQuery });
      return parts;
    },
  });
}
