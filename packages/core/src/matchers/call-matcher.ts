import type { RecordedCall } from '../api/recorder.js';
import { assertArity, passedArgumentNames, type ArgumentCheck } from './arguments.js';
import { judge, satisfies, type ExpectedPart } from './judgement.js';
import type { MatcherContext, MatcherResult, RawMatcher } from './matcher-context.js';
import { hintOf } from './matcher-error.js';
import { receivedLabel, subjectOf, type Subject } from './received.js';
import {
  callCandidates,
  candidateList,
  closestBlock,
  expectationBlock,
  joinBlocks,
  otherCallsBlock,
  plural,
  refusedCallsBlock,
} from './report.js';

/** A checked part of a call: which argument (or which view of the arguments) it compares. */
export interface CallPart extends ExpectedPart {
  valueOf(call: RecordedCall): unknown;
}

/**
 * What a matcher looks for when it is not the calls of one method: several methods that mean one thing (every
 * way an Action can deny), with their own wording.
 */
export interface CallSelection {
  /** The calls that may satisfy the expectation, in order, from the accepted calls behind the received value. */
  select(subject: Subject): RecordedCall[];
  /** `Expected the flow to have been denied`, with `not` inserted by `isNot`. */
  expected(isNot: boolean): string;
  /** When none was made: `But no Action denied.` */
  never: string;
  /** `2 denials`. */
  counted(count: number): string;
  /** What one of them is called in a numbered list: `1st denial`. Default: `call`. */
  noun?: string;
}

export interface CallMatcherSpec {
  matcherName: string;
  /** The recorded method, e.g. `'access.deny'`, or a selection of calls of several methods. */
  method: string | CallSelection;
  /** Every argument the matcher takes, in order; `variadic` takes any number after them. */
  argumentNames: readonly string[];
  variadic?: boolean;
  /** Checks the test's arguments and turns them into parts; `undefined` arguments add no part. */
  parts(check: ArgumentCheck, args: readonly unknown[]): CallPart[];
}

/** The calls of one method, in the words every single-method matcher uses. */
function methodSelection(method: string): CallSelection {
  const name = `api.${method}`;
  return {
    select: (subject) => subject.calls.filter((call) => call.method === method),
    expected: (isNot) => `Expected ${name} ${isNot ? 'not ' : ''}to have been called`,
    never: `But ${name} was never called.`,
    counted: (count) => `${plural(count, 'call')} to ${name}`,
  };
}

/**
 * A matcher that passes when one recorded call satisfies every part. The pass/fail logic is the same with and
 * without `.not` (the runner inverts it); `isNot` only chooses the wording of the message. Deciding stops at the
 * first matching call; printing, redaction and the search for the closest call wait for `message()`, which
 * runners call only when the assertion fails.
 */
export function callMatcher(spec: CallMatcherSpec): RawMatcher {
  const selection = typeof spec.method === 'string' ? methodSelection(spec.method) : spec.method;
  return function (this: MatcherContext, received: unknown, ...args: unknown[]): MatcherResult {
    const hint = hintOf(
      this,
      spec.matcherName,
      () => receivedLabel(received),
      passedArgumentNames(spec.argumentNames, args),
    );
    const subject = subjectOf(this, hint, received);
    const check: ArgumentCheck = { context: this, hint, redact: subject.redact };
    if (!spec.variadic) assertArity(check, spec.matcherName, spec.argumentNames, args);
    const parts = spec.parts(check, args);
    const calls = selection.select(subject);
    const valuesOf = (call: RecordedCall): unknown[] => parts.map((part) => part.valueOf(call));
    return {
      pass: calls.some((call) => satisfies(this, parts, valuesOf(call))),
      message: () => {
        const isNot = !!this.isNot;
        const sentence = `${selection.expected(isNot)}${parts.length > 0 ? ' with' : ''}`;
        const expectation = expectationBlock(this, sentence, parts, subject.redact);
        const refused = refusedCallsBlock(this, subject.refused, subject.redact);
        if (calls.length === 0) {
          return joinBlocks(
            hint(),
            expectation,
            selection.never,
            otherCallsBlock(this, otherCalls(subject, calls), subject.redact),
            refused,
          );
        }
        const candidates = callCandidates(this, calls, subject.redact, valuesOf, selection.noun);
        const judgement = judge(this, parts, candidates);
        const receivedText = `Received ${selection.counted(calls.length)}`;
        if (isNot) {
          const heading =
            parts.length === 0 ? `${receivedText}:` : `${receivedText}, ${judgement.matching.length} matching (→):`;
          return joinBlocks(
            hint(),
            expectation,
            candidateList(heading, candidates, parts.length === 0 ? [] : judgement.matching),
          );
        }
        return joinBlocks(
          hint(),
          expectation,
          candidateList(`${receivedText}, none matching:`, candidates),
          closestBlock(this, judgement, parts, subject.redact),
          refused,
        );
      },
    };
  };
}

function otherCalls(subject: Subject, selected: readonly RecordedCall[]): RecordedCall[] {
  const methods = new Set(selected.map((call) => call.method));
  return subject.calls.filter((call) => !methods.has(call.method) && !selected.includes(call));
}
