import { argumentError } from '../../util/errors.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';

export interface DenyOnlyAccessApi {
  deny(reason: string): void;
}

/** `api.access` of the triggers whose `deny` takes one human-readable reason. */
export function accessWithReason(context: ApiContext): DenyOnlyAccessApi {
  return {
    deny(...args: [reason: string]): void {
      return recordedCall(context, 'access.deny', args, deny);
    },
  };
}

function deny(context: ApiContext, reason: string): void {
  if (typeof reason !== 'string') throw argumentError('api.access.deny()', 'reason', 'a string', reason);
  context.effects.denials.push(reason);
}
