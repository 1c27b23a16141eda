import { argumentError } from '../../util/errors.js';
import { recordedCall, type ApiContext, type Returns } from '../../api/api-context.js';
import { recordDenial } from './denial.js';

export interface DenyWithReasonAccessApi<R = void> {
  deny(reason: string): R;
}

/**
 * `api.access` of the triggers whose `deny` takes one human-readable reason (post-login returns the api,
 * password reset nothing).
 */
export function accessWithReason<R = void>(
  context: ApiContext,
  returns: Returns = 'nothing',
): DenyWithReasonAccessApi<R> {
  return {
    deny(...args: [reason: string]): R {
      return recordedCall(context, 'access.deny', args, deny, returns);
    },
  };
}

function deny(context: ApiContext, reason: string): void {
  if (typeof reason !== 'string') throw argumentError('api.access.deny()', 'reason', 'a string', reason);
  recordDenial(context, [reason], { method: 'access.deny', reason });
}
