import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { recordDenial } from '../../mechanisms/access/denial.js';
import { argumentError } from '../../util/errors.js';
import { closestName } from '../../util/known-options.js';

/** The error codes the application can receive from a denied exchange (`@auth0/actions` types). */
export type CredentialsExchangeDenyCode = 'invalid_scope' | 'invalid_request' | 'server_error';

const CODES: readonly CredentialsExchangeDenyCode[] = ['invalid_scope', 'invalid_request', 'server_error'];

export interface CredentialsExchangeAccessApi<R> {
  /**
   * Refuses the token once this Action returns; no later Action runs. `code` is the OAuth `error` the client
   * receives, `reason` its `error_description`.
   */
  deny(code: CredentialsExchangeDenyCode, reason?: string): R;
}

/** `api.access` of credentials-exchange: `deny(code, reason?)`, returning the api (reference E.2). */
export function credentialsExchangeAccess<R>(context: ApiContext): CredentialsExchangeAccessApi<R> {
  return {
    deny(...args: [code: CredentialsExchangeDenyCode, reason?: string]): R {
      return recordedCall(context, 'access.deny', args, deny, 'api');
    },
  };
}

// The harness records any string, but the types allow three codes and no page says what the client receives for
// another: a test that passes one would pass here and send production an error code it may not accept.
function deny(context: ApiContext, code: unknown, reason?: unknown): void {
  if (typeof code !== 'string' || !(CODES as readonly string[]).includes(code)) {
    const suggestion = typeof code === 'string' ? closestName(code, CODES) : undefined;
    const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
    throw argumentError(
      'api.access.deny()',
      'code',
      `one of ${CODES.map((each) => `'${each}'`).join(', ')}${hint}`,
      code,
    );
  }
  if (reason !== undefined && typeof reason !== 'string') {
    throw argumentError('api.access.deny()', 'reason', "a string (the client's error_description) or nothing", reason);
  }
  const args = reason === undefined ? [code] : [code, reason];
  recordDenial(
    context,
    args,
    reason === undefined ? { method: 'access.deny', code } : { method: 'access.deny', code, reason },
  );
}
