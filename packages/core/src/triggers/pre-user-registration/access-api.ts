import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { recordDenial } from '../../mechanisms/access/denial.js';
import { argumentError } from '../../util/errors.js';

export interface PreUserRegistrationAccessApi<R> {
  /**
   * Refuses the signup once this Action returns; no later Action runs. `reason` goes to the tenant logs,
   * `userMessage` may be shown to the user.
   */
  deny(reason: string, userMessage: string): R;
}

/** `api.access` of pre-user-registration: `deny(reason, userMessage)`, returning the api (reference E.3). */
export function preUserRegistrationAccess<R>(context: ApiContext): PreUserRegistrationAccessApi<R> {
  return {
    deny(...args: [reason: string, userMessage: string]): R {
      return recordedCall(context, 'access.deny', args, deny, 'api');
    },
  };
}

// The harness checks nothing here; the types require two strings, and a mock that took anything else would let a
// test pass that shows the user no message (or "undefined") in production.
function deny(context: ApiContext, reason: unknown, userMessage: unknown): void {
  if (typeof reason !== 'string')
    throw argumentError('api.access.deny()', 'reason', 'a string (written to the tenant logs)', reason);
  if (typeof userMessage !== 'string') {
    throw argumentError('api.access.deny()', 'userMessage', 'a string (the message the user may see)', userMessage);
  }
  recordDenial(context, [reason, userMessage], { method: 'access.deny', reason, userMessage });
}
