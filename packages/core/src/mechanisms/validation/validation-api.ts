import { recordedCall, type ApiContext, type Returns } from '../../api/api-context.js';
import { recordDenial } from '../access/denial.js';
import { namedRuntimeMessage } from '../../util/errors.js';

export interface ValidationApi<R = void> {
  /** Ends the flow like a denial: `errorCode` goes to the logs and the application, `errorMessage` may be shown. */
  error(errorCode: string, errorMessage: string): R;
}

const MAX_LENGTH = 100;

/**
 * `api.validation.error(errorCode, errorMessage)` (post-login, pre-user-registration): both required strings of at
 * most 100 characters, checked with the runtime's schema wording; pre-user-registration's runtime prefixes its
 * messages (`messagePrefix`, reference E.3); for an argument that is missing or not a string the mock puts the
 * method's name first and says what was expected. It blocks the flow as a denial with that code.
 */
export function validationApi<R = void>(
  context: ApiContext,
  options: { returns: Returns; messagePrefix?: string },
): ValidationApi<R> {
  const fail = (problem: string, expectation?: Parameters<typeof namedRuntimeMessage>[2]): Error => {
    const runtimeMessage = `${options.messagePrefix ?? ''}${problem}`;
    return new Error(
      expectation === undefined
        ? runtimeMessage
        : namedRuntimeMessage('api.validation.error()', runtimeMessage, expectation),
    );
  };
  const error = (owner: ApiContext, errorCode: unknown, errorMessage: unknown): void => {
    for (const [name, value] of [
      ['errorCode', errorCode],
      ['errorMessage', errorMessage],
    ] as const) {
      const expectation = { argument: name, expected: `a string of at most ${MAX_LENGTH} characters`, received: value };
      if (value === undefined) throw fail(`must have required property '${name}'`, expectation);
      if (typeof value !== 'string') throw fail(`${name} must be string`, expectation);
      if ([...value].length > MAX_LENGTH) throw fail(`${name} must NOT have more than ${MAX_LENGTH} characters`);
    }
    recordDenial(owner, [errorCode, errorMessage], {
      method: 'validation.error',
      code: errorCode as string,
      reason: errorMessage as string,
    });
  };
  return {
    error(...args: [errorCode: string, errorMessage: string]): R {
      return recordedCall(context, 'validation.error', args, error, options.returns);
    },
  };
}
