import type { ApiInternals } from '../../api/api-context.js';
import { isMockCache, type CacheRecord, type MockCache } from './cache.js';
import { isAccepted, type RecordedCall } from '../../api/recorder.js';
import { apisBehind } from '../../api/recorded.js';
import {
  assertArity,
  assertTextExpectation,
  passedArgumentNames,
  type ArgumentCheck,
} from '../../matchers/arguments.js';
import { judge, satisfies, type Candidate, type ExpectedPart } from '../../matchers/judgement.js';
import type { MatcherContext, MatcherResult } from '../../matchers/matcher-context.js';
import { hintOf, type Hint } from '../../matchers/matcher-error.js';
import { invalidReceived, receivedLabel, refuseFailedSimulation } from '../../matchers/received.js';
import { apiSecretRedactor, lazyRedactor, type Redact } from '../../util/redaction.js';
import {
  candidateList,
  closestBlock,
  expectationBlock,
  formatCall,
  joinBlocks,
  listable,
  plural,
} from '../../matchers/report.js';
import { NativeSet, mathFloor } from '../../util/intrinsics.js';

const ARGUMENT_NAMES = ['key', 'value'] as const;
const RECEIVED_KINDS = 'an api from mockApi(), a Simulation from simulate() or a cache from createCache()';

interface CacheSubject {
  caches: MockCache[];
  /** The calls of the apis, to show writes the cache rejected: gathered only by a message. */
  calls(): RecordedCall[];
  redact: Redact;
}

function cacheSubjectOf(context: MatcherContext, hint: Hint, received: unknown): CacheSubject {
  if (isMockCache(received)) return { caches: [received], calls: () => [], redact: (value) => value };
  const apis: ApiInternals[] | undefined = apisBehind(received);
  if (!apis) throw invalidReceived(context, hint, received, RECEIVED_KINDS);
  refuseFailedSimulation(context, hint, received);
  return {
    caches: [...new NativeSet(apis.map((api) => api.cache))],
    calls: () => apis.flatMap((api) => api.recorder.calls.filter(isAccepted)),
    redact: lazyRedactor(() => apiSecretRedactor(apis)),
  };
}

/** `15m`, `1h 2m 5s`, `<1s`: how long until (or since) an expiry. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds === 0) return '<1s';
  const units: Array<[number, string]> = [
    [mathFloor(seconds / 3600), 'h'],
    [mathFloor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ];
  return units
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count}${unit}`)
    .join(' ');
}

/**
 * `expect(api).toHaveCached(key?, value?)`: the cache behind the api (shared by a simulation's apis, or a cache
 * from createCache()) holds a live entry for that key, with that value. Liveness is the cache's own rule, read
 * through `cache.get`, so fake timers and installClock() decide it.
 */
export function toHaveCached(this: MatcherContext, received: unknown, ...args: unknown[]): MatcherResult {
  const label = (): string => (isMockCache(received) ? 'cache' : receivedLabel(received));
  const hint = hintOf(this, 'toHaveCached', label, passedArgumentNames(ARGUMENT_NAMES, args));
  const subject = cacheSubjectOf(this, hint, received);
  const check: ArgumentCheck = { context: this, hint, redact: subject.redact };
  assertArity(check, 'toHaveCached', ARGUMENT_NAMES, args);
  const [key, value] = args;
  assertTextExpectation(check, 'key', key);
  assertTextExpectation(check, 'value', value);
  const parts: ExpectedPart[] = [];
  if (key !== undefined) parts.push({ name: 'key', expected: key, partial: false });
  if (value !== undefined) parts.push({ name: 'value', expected: value, partial: false });

  // Liveness and the time are read now, as the assertion runs; the entries are printed only by `message()`.
  const now = Date.now();
  const live: Entry[] = [];
  const expired: Entry[] = [];
  for (const cache of subject.caches) {
    for (const [entryKey, record] of cache.entries()) {
      const isLive = cache.get(entryKey) !== undefined;
      (isLive ? live : expired).push({ key: entryKey, record, isLive });
    }
  }
  return {
    pass: live.some((entry) => satisfies(this, parts, [entry.key, entry.record.value])),
    message: () => {
      const isNot = !!this.isNot;
      const { printReceived } = this.utils;
      const candidateOf = (entry: Entry): Candidate => entryCandidate(printReceived, subject.redact, entry, now);
      const sentence = `Expected the cache ${isNot ? 'not ' : ''}to hold a live entry${parts.length > 0 ? ' with' : ''}`;
      const expectation = expectationBlock(this, sentence, parts, subject.redact);
      const expiredBlock =
        expired.length > 0 && candidateList(`Expired entries (they no longer count):`, expired.map(candidateOf));
      const rejected = rejectedWrites(this, subject);
      if (live.length === 0)
        return joinBlocks(hint(), expectation, 'But the cache holds no live entries.', expiredBlock, rejected);
      const liveCandidates = live.map(candidateOf);
      const judgement = judge(this, parts, liveCandidates);
      const holds = `The cache holds ${plural(live.length, 'live entry', 'live entries')}`;
      if (isNot) {
        const heading = parts.length === 0 ? `${holds}:` : `${holds}, ${judgement.matching.length} matching (→):`;
        return joinBlocks(
          hint(),
          expectation,
          candidateList(heading, liveCandidates, parts.length === 0 ? [] : judgement.matching),
        );
      }
      return joinBlocks(
        hint(),
        expectation,
        candidateList(`${holds}, none matching:`, liveCandidates),
        closestBlock(this, judgement, parts, subject.redact),
        expiredBlock,
        rejected,
      );
    },
  };
}

/** A cache entry as the assertion saw it. */
interface Entry {
  key: string;
  record: CacheRecord;
  isLive: boolean;
}

function entryCandidate(print: (value: unknown) => string, redact: Redact, entry: Entry, now: number): Candidate {
  const { key, record, isLive } = entry;
  const printedKey = print(listable(key, redact));
  const when = isLive
    ? `expires in ${formatDuration(record.expires_at - now)}`
    : `expired ${formatDuration(now - record.expires_at)} ago`;
  return {
    title: printedKey,
    label: `the entry ${printedKey}`,
    text: `${print(listable(record.value, redact))} (${when})`,
    values: [key, record.value],
  };
}

/** A `cache.set` the cache refused (too big, too many entries...) is often why an entry is missing. */
function rejectedWrites(context: MatcherContext, subject: CacheSubject): string {
  const failures = subject
    .calls()
    .filter((call) => call.method === 'cache.set' && (call.result as { type?: unknown } | undefined)?.type === 'error');
  if (failures.length === 0) return '';
  const lines = failures.map((call, index) => {
    const code = (call.result as { code?: unknown }).code;
    return `  ${index + 1}. ${formatCall(context, call, subject.redact)} returned error ${context.utils.printReceived(code)}`;
  });
  return `The cache rejected ${plural(failures.length, 'write')}:\n${lines.join('\n')}`;
}
