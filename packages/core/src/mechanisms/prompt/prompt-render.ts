import { describeValue, isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { bufferByteLength, freeze, objectKeys, stringifyJson } from '../../util/intrinsics.js';

export interface PromptOptions {
  fields?: Record<string, unknown>;
  vars?: Record<string, unknown>;
}

export interface PromptLimits {
  /** promptId length. Harness: 48. */
  maxPromptIdLength: number;
  /** Properties in `fields`, and in `vars`. Harness: 24. */
  maxPromptProperties: number;
  /** `JSON.stringify(promptOptions)` size. Harness: 24,576 bytes. */
  maxPromptOptionsBytes: number;
}

export const DEFAULT_PROMPT_LIMITS: Readonly<PromptLimits> = freeze({
  maxPromptIdLength: 48,
  maxPromptProperties: 24,
  maxPromptOptionsBytes: 24 * 1024,
});

export const REDIRECT_AND_RENDER = 'Redirect and render commands cannot be used in the same action.';
export const ONE_RENDER_PER_ACTION = 'Only 1 render command per action is allowed.';

const FIELD_KEY = /^[a-zA-Z_][a-zA-Z0-9_]{0,49}$/;

/**
 * The runtime's schema check (ajv), with its `<path> <message>` wording, after the method's name:
 * `api.prompt.render(): promptId must be string`.
 */
export function assertPromptArguments(
  promptId: unknown,
  promptOptions: unknown,
  limits: Readonly<PromptLimits>,
  method = 'api.prompt.render()',
): void {
  const fail = (problem: string): Error => new Error(`${method}: ${problem}`);
  if (promptId === undefined) {
    throw new Error(
      namedRuntimeMessage(method, "promptId must have required property 'promptId'", {
        argument: 'promptId',
        expected: `the id of the form to render, a string of at most ${limits.maxPromptIdLength} characters`,
        received: promptId,
      }),
    );
  }
  if (typeof promptId !== 'string') throw fail('promptId must be string');
  // ajv's maxLength counts code points, not UTF-16 units: an emoji is one character.
  if ([...promptId].length > limits.maxPromptIdLength) {
    throw fail(`promptId must NOT have more than ${limits.maxPromptIdLength} characters`);
  }
  if (promptOptions === undefined) return;
  if (!isPlainObject(promptOptions))
    throw fail(`promptOptions must be object; received ${describeValue(promptOptions)}`);
  for (const key of objectKeys(promptOptions)) {
    if (key !== 'fields' && key !== 'vars') throw fail(`promptOptions must NOT have additional properties ('${key}')`);
  }
  for (const part of ['fields', 'vars'] as const) {
    const value = promptOptions[part];
    if (value === undefined) continue;
    if (!isPlainObject(value)) throw fail(`promptOptions/${part} must be object`);
    if (objectKeys(value).length > limits.maxPromptProperties) {
      throw fail(`promptOptions/${part} must NOT have more than ${limits.maxPromptProperties} properties`);
    }
    if (part === 'fields') {
      for (const key of objectKeys(value)) {
        if (!FIELD_KEY.test(key)) {
          throw fail(`promptOptions/fields property name '${key}' must match pattern "${FIELD_KEY.source}"`);
        }
      }
    }
  }
  if (bufferByteLength(stringifyJson(promptOptions), 'utf-8') > limits.maxPromptOptionsBytes) {
    throw fail(`The total size of the prompt options exceeds the limit of ${limits.maxPromptOptionsBytes} bytes.`);
  }
}
