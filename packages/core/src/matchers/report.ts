import type { RecordedCall } from '../api/recorder.js';
import { alignForDiff, isDiffable, type Candidate, type ExpectedPart, type Judgement } from './judgement.js';
import type { MatcherContext } from './matcher-context.js';
import { mapStrings, type Redact } from '../util/redaction.js';
import { fromEntries, mathMax } from '../util/intrinsics.js';

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`... */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Indents every line after the first, so a multi-line value stays inside its column. */
function hang(text: string, width: number): string {
  return text.split('\n').join(`\n${' '.repeat(width)}`);
}

const LONGEST_LISTED_STRING = 400;

/** Keeps a list of calls readable: a 5 kB cache value is cut, with its length (a diff still shows it whole). */
function abbreviate(text: string): string {
  return text.length <= LONGEST_LISTED_STRING ? text : `${text.slice(0, 120)}… (${text.length} characters)`;
}

/** A received value as a list shows it: secrets redacted, long strings cut. */
export function listable(value: unknown, redact: Redact): unknown {
  return mapStrings(redact(value), abbreviate);
}

/** `api.redirect.sendUserTo("https://...", {"query": {...}})`. */
export function formatCall(context: MatcherContext, call: RecordedCall, redact: Redact): string {
  const { printReceived } = context.utils;
  return `api.${call.method}(${call.args.map((arg) => printReceived(listable(arg, redact))).join(', ')})`;
}

/** Every call of one method, numbered within that method. */
export function callCandidates(
  context: MatcherContext,
  calls: readonly RecordedCall[],
  redact: Redact,
  valuesOf: (call: RecordedCall) => unknown[],
  noun = 'call',
): Candidate[] {
  return calls.map((call, index) => ({
    title: `${ordinal(index + 1)} ${noun}`,
    text: formatCall(context, call, redact),
    values: valuesOf(call),
  }));
}

/** "Expected access.deny to have been called with:" and one line per checked part. */
export function expectationBlock(
  context: MatcherContext,
  sentence: string,
  parts: readonly ExpectedPart[],
  redact: Redact,
): string {
  if (parts.length === 0) return `${sentence}.`;
  const { printExpected, DIM_COLOR } = context.utils;
  const width = mathMax(...parts.map((part) => part.name.length)) + 1;
  const lines = parts.map((part) => {
    const label = `${part.name}:`.padEnd(width);
    const note = part.partial ? DIM_COLOR(' (partial match)') : '';
    return `  ${label} ${hang(printExpected(redact(part.expected)), width + 3)}${note}`;
  });
  return `${sentence}:\n${lines.join('\n')}`;
}

/** A heading and one numbered line per candidate; `marked` ones get a pointer (the ones a `.not` objects to). */
export function candidateList(
  heading: string,
  candidates: readonly Candidate[],
  marked: readonly Candidate[] = [],
): string {
  const lines = candidates.map((candidate) => {
    const pointer = marked.includes(candidate) ? '→ ' : '  ';
    const prefix = `${pointer}${candidate.title}: `;
    return `${prefix}${hang(candidate.text, prefix.length)}`;
  });
  return `${heading}\n${lines.join('\n')}`;
}

/** The other calls the Action made, so a test that looked at the wrong method sees what happened instead. */
export function otherCallsBlock(context: MatcherContext, calls: readonly RecordedCall[], redact: Redact): string {
  if (calls.length === 0) return 'The Action made no calls to its api.';
  const lines = calls.map((call, index) => {
    const prefix = `  ${index + 1}. `;
    return `${prefix}${hang(formatCall(context, call, redact), prefix.length)}`;
  });
  return `The Action made ${plural(calls.length, 'other call')}:\n${lines.join('\n')}`;
}

/**
 * Calls the runtime refused (they threw, so they count for nothing), with what each threw: often why the call a
 * test expects is missing. Empty when there are none.
 */
export function refusedCallsBlock(context: MatcherContext, calls: readonly RecordedCall[], redact: Redact): string {
  if (calls.length === 0) return '';
  const lines = calls.map((call, index) => {
    const prefix = `  ${index + 1}. `;
    const error = call.error as { name?: unknown; message?: unknown } | undefined;
    const reason =
      typeof error?.message === 'string'
        ? `${typeof error.name === 'string' ? error.name : 'Error'}: ${error.message}`
        : String(call.error);
    const thrown = `${' '.repeat(prefix.length)}threw ${hang(String(redact(reason)), prefix.length + 6)}`;
    return `${prefix}${hang(formatCall(context, call, redact), prefix.length)}\n${thrown}`;
  });
  return `The runtime refused ${plural(calls.length, 'call')} (each threw, so it counts for nothing):\n${lines.join('\n')}`;
}

/** What separates the closest candidate from the expectation: a diff for structures, two lines otherwise. */
export function closestBlock(
  context: MatcherContext,
  judgement: Judgement,
  parts: readonly ExpectedPart[],
  redact: Redact,
): string {
  const closest = judgement.closest;
  if (!closest) return '';
  const { diff, printExpected, printReceived } = context.utils;
  const differing = closest.mismatched.map((index) => parts[index] as ExpectedPart);
  const names = differing.map((part) => part.name);
  const differences = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const heading = `Closest is ${closest.candidate.label ?? `the ${closest.candidate.title}`}, which differs in ${differences}:`;

  const pairs = closest.mismatched.map((index) => {
    const part = parts[index] as ExpectedPart;
    const received = closest.candidate.values[index];
    return {
      part,
      expected: redact(part.expected),
      received: redact(alignForDiff(context, part.expected, received, part.partial)),
    };
  });
  const [single] = pairs;
  const expected =
    pairs.length === 1 && single ? single.expected : fromEntries(pairs.map((pair) => [pair.part.name, pair.expected]));
  // A part the call left out (undefined) is left out of the received side too: the diff shows the call as made.
  const received =
    pairs.length === 1 && single
      ? single.received
      : fromEntries(pairs.filter((pair) => pair.received !== undefined).map((pair) => [pair.part.name, pair.received]));

  if (isDiffable(expected, received)) {
    const shown = diff(expected, received);
    if (shown && !shown.includes('no visual difference')) return `${heading}\n\n${shown}`;
  }
  return `${heading}\n  Expected: ${hang(printExpected(expected), 12)}\n  Received: ${hang(printReceived(received), 12)}`;
}

export function joinBlocks(...blocks: Array<string | false | undefined>): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n');
}
