import type { RecordedCall } from '../api/recorder.js';
import { assertArity, passedArgumentNames, type ArgumentCheck } from './arguments.js';
import { judge, satisfies, type ExpectedPart } from './judgement.js';
import type { MatcherContext, MatcherResult, RawMatcher } from './matcher-context.js';
import { hintOf } from './matcher-error.js';
import { receivedLabel, subjectOf, type Subject } from './received.js';
import { callCandidates, candidateList, closestBlock, expectationBlock, joinBlocks, otherCallsBlock, plural } from './report.js';

/** A checked part of a call: which argument (or which view of the arguments) it compares. */
export interface CallPart extends ExpectedPart {
  valueOf(call: RecordedCall): unknown;
}

export interface CallMatcherSpec {
  matcherName: string;
  /** The recorded method, e.g. `'access.deny'`. */
  method: string;
  /** Every argument the matcher takes, in order. */
  argumentNames: readonly string[];
  /** Checks the test's arguments and turns them into parts; `undefined` arguments add no part. */
  parts(check: ArgumentCheck, args: readonly unknown[]): CallPart[];
}

/**
 * A matcher that passes when one recorded call of `method` satisfies every part. The pass/fail logic is the same
 * with and without `.not` (the runner inverts it); `isNot` only chooses the wording of the message. Deciding
 * stops at the first matching call; printing, redaction and the search for the closest call wait for
 * `message()`, which runners call only when the assertion fails.
 */
export function callMatcher(spec: CallMatcherSpec): RawMatcher {
  return function (this: MatcherContext, received: unknown, ...args: unknown[]): MatcherResult {
    const hint = hintOf(this, spec.matcherName, () => receivedLabel(received), passedArgumentNames(spec.argumentNames, args));
    const subject = subjectOf(this, hint, received);
    const check: ArgumentCheck = { context: this, hint, redact: subject.redact };
    assertArity(check, spec.matcherName, spec.argumentNames, args);
    const parts = spec.parts(check, args);
    const calls = subject.calls.filter((call) => call.method === spec.method);
    const valuesOf = (call: RecordedCall): unknown[] => parts.map((part) => part.valueOf(call));
    return {
      pass: calls.some((call) => satisfies(this, parts, valuesOf(call))),
      message: () => {
        const method = `api.${spec.method}`;
        const isNot = !!this.isNot;
        const sentence = `Expected ${method} ${isNot ? 'not ' : ''}to have been called${parts.length > 0 ? ' with' : ''}`;
        const expectation = expectationBlock(this, sentence, parts, subject.redact);
        if (calls.length === 0) {
          return joinBlocks(hint(), expectation, `But ${method} was never called.`, otherCallsBlock(this, otherCalls(subject, spec.method), subject.redact));
        }
        const candidates = callCandidates(this, calls, subject.redact, valuesOf);
        const judgement = judge(this, parts, candidates);
        const received = `Received ${plural(calls.length, 'call')} to ${method}`;
        if (isNot) {
          const heading = parts.length === 0 ? `${received}:` : `${received}, ${judgement.matching.length} matching (→):`;
          return joinBlocks(hint(), expectation, candidateList(heading, candidates, parts.length === 0 ? [] : judgement.matching));
        }
        return joinBlocks(hint(), expectation, candidateList(`${received}, none matching:`, candidates), closestBlock(this, judgement, parts, subject.redact));
      },
    };
  };
}

function otherCalls(subject: Subject, method: string): RecordedCall[] {
  return subject.calls.filter((call) => call.method !== method);
}
