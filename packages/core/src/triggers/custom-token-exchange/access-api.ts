import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { recordDenial } from '../../mechanisms/access/denial.js';
import { assertNoProblems, required, stringProblems } from './schema-errors.js';

export interface CustomTokenExchangeAccessApi {
  /**
   * Rejects the exchange once this Action returns: `code` becomes the OAuth `error` (`invalid_request` → 400,
   * `server_error` → 500, any other → 400), `reason` its `error_description`.
   */
  deny(code: string, reason: string): void;
  /**
   * Rejects the exchange with `invalid_request` because the subject token is not valid, and counts a failed
   * attempt for the client's IP under Suspicious IP Throttling.
   */
  rejectInvalidSubjectToken(reason: string): void;
}

const MAX_CODE = 1024;
const MAX_REASON = 4096;

/** `api.access` of custom-token-exchange (reference E.9), with the harness's schema checks and wording. */
export function customTokenExchangeAccess(context: ApiContext): CustomTokenExchangeAccessApi {
  return {
    deny(...args: [code: string, reason: string]): void {
      return recordedCall(context, 'access.deny', args, deny);
    },
    rejectInvalidSubjectToken(...args: [reason: string]): void {
      return recordedCall(context, 'access.rejectInvalidSubjectToken', args, rejectInvalidSubjectToken);
    },
  };
}

function deny(context: ApiContext, code: unknown, reason: unknown): void {
  assertNoProblems(
    'Invalid deny arguments',
    [
      ...required('code', code),
      ...required('reason', reason),
      ...stringProblems('code', code, 1, MAX_CODE),
      ...stringProblems('reason', reason, 1, MAX_REASON),
    ],
    {
      method: 'api.access.deny()',
      expected: {
        code: `an error code, a string of 1 to ${MAX_CODE} characters such as 'invalid_request'`,
        reason: `the reason, a string of 1 to ${MAX_REASON} characters`,
      },
    },
  );
  recordDenial(context, [code, reason], { method: 'access.deny', code: code as string, reason: reason as string });
}

function rejectInvalidSubjectToken(context: ApiContext, reason: unknown): void {
  assertNoProblems(
    'Invalid rejectInvalidSubjectToken arguments',
    [...required('reason', reason), ...stringProblems('reason', reason, 1, MAX_REASON)],
    {
      method: 'api.access.rejectInvalidSubjectToken()',
      expected: { reason: `why the subject token is invalid, a string of 1 to ${MAX_REASON} characters` },
    },
  );
  recordDenial(context, [reason], {
    method: 'access.rejectInvalidSubjectToken',
    code: 'invalid_request',
    reason: reason as string,
  });
}
