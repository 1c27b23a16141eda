import { assertObjectExpectation, assertOptions, assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';

type RenderOptions = { fields?: unknown; vars?: unknown } | undefined;

/** `expect(api).toHaveRenderedPrompt(promptId?, { fields?, vars? }?)`: fields and vars are partial matches. */
export const toHaveRenderedPrompt = callMatcher({
  matcherName: 'toHaveRenderedPrompt',
  method: 'prompt.render',
  argumentNames: ['promptId', 'options'],
  parts(check, [promptId, options]) {
    assertTextExpectation(check, 'promptId', promptId);
    const { fields, vars } = assertOptions(check, 'options', options, ['fields', 'vars']);
    assertObjectExpectation(check, 'options.fields', fields);
    assertObjectExpectation(check, 'options.vars', vars);
    const parts: CallPart[] = [];
    if (promptId !== undefined)
      parts.push({ name: 'promptId', expected: promptId, partial: false, valueOf: (call) => call.args[0] });
    if (fields !== undefined)
      parts.push({
        name: 'fields',
        expected: fields,
        partial: true,
        valueOf: (call) => (call.args[1] as RenderOptions)?.fields ?? {},
      });
    if (vars !== undefined)
      parts.push({
        name: 'vars',
        expected: vars,
        partial: true,
        valueOf: (call) => (call.args[1] as RenderOptions)?.vars ?? {},
      });
    return parts;
  },
});
