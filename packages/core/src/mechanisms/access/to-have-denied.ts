import type { RecordedCall } from '../../api/recorder.js';
import { assertOptions, assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart, type CallSelection } from '../../matchers/call-matcher.js';
import { plural } from '../../matchers/report.js';
import type { Denial } from '../../simulation/flow-rules.js';
import { denialsOf } from './denial.js';

/** Every denial behind the received value, as a call (its `result` is what the denial means). */
const denials: CallSelection = {
  select: (subject) =>
    subject.apis.flatMap((api) =>
      denialsOf(api).map(({ args, denial }): RecordedCall => ({
        method: denial.method,
        args: [...args],
        at: 0,
        result: denial,
      })),
    ),
  expected: (isNot) => `Expected the Actions ${isNot ? 'not ' : ''}to have denied`,
  never: 'But no Action denied: neither access.deny nor any other method that ends the flow was called.',
  counted: (count) => plural(count, 'denial'),
  noun: 'denial',
};

const fieldOf =
  (name: keyof Denial) =>
  (call: RecordedCall): unknown =>
    (call.result as Denial)[name];

/**
 * `expect(api).toHaveDenied(reason?, { code?, userMessage? }?)`: any denial of the trigger (`access.deny`,
 * post-login's revokes and `validation.error` included). `reason` is the reason wherever the method takes it.
 */
export const toHaveDenied = callMatcher({
  matcherName: 'toHaveDenied',
  method: denials,
  argumentNames: ['reason', 'options'],
  parts(check, [reason, options]) {
    assertTextExpectation(check, 'reason', reason);
    const { code, userMessage } = assertOptions(check, 'options', options, ['code', 'userMessage']);
    assertTextExpectation(check, 'options.code', code);
    assertTextExpectation(check, 'options.userMessage', userMessage);
    const parts: CallPart[] = [];
    if (reason !== undefined)
      parts.push({ name: 'reason', expected: reason, partial: false, valueOf: fieldOf('reason') });
    if (code !== undefined) parts.push({ name: 'code', expected: code, partial: false, valueOf: fieldOf('code') });
    if (userMessage !== undefined)
      parts.push({ name: 'userMessage', expected: userMessage, partial: false, valueOf: fieldOf('userMessage') });
    return parts;
  },
});
