import type { ApiInternals } from '../api/api-context.js';
import { mapStrings, secretRedactor, type Redact } from '../util/redaction.js';
import { isPlainObject } from '../util/errors.js';
import type { RecordedCall } from '../api/recorder.js';

/** What a token from `api.redirect.encodeToken` prints as: its `iat` and `exp` come from the clock. */
export const TOKEN_PLACEHOLDER = '[session token]';

/** Methods whose options carry the secret a session token is signed or checked with. */
const TOKEN_SECRET_METHODS = new Set(['redirect.encodeToken', 'redirect.validateToken']);

/** How a snapshot hides what must not reach a `.snap` file, or would change from run to run. */
export interface Scrubber {
  /** A copy of a value with secrets as `[secret]` and issued tokens as `[session token]`, at any depth. */
  readonly value: Redact;
  /** Secrets replaced in printed text: the last pass, for whatever the value pass could not reach. */
  readonly text: (printed: string) => string;
}

/** The secrets an Action signed or checked a token with, whether or not they came from `event.secrets`. */
function tokenSecretsOf(calls: readonly RecordedCall[]): string[] {
  return calls
    .filter((call) => TOKEN_SECRET_METHODS.has(call.method))
    .map((call) => call.args[0])
    .flatMap((options) => (isPlainObject(options) && typeof options.secret === 'string' ? [options.secret] : []));
}

function issuedTokensOf(calls: readonly RecordedCall[]): string[] {
  return calls.flatMap((call) =>
    call.method === 'redirect.encodeToken' && typeof call.result === 'string' ? [call.result] : [],
  );
}

/** The scrubber for everything behind these apis: their events' secrets, token secrets and issued tokens. */
export function scrubberFor(apis: readonly ApiInternals[]): Scrubber {
  const calls = apis.flatMap((api) => api.recorder.calls);
  // secretRedactor reads `secrets` bags: the token secrets join the events' as one more bag.
  const redactSecrets = secretRedactor([...apis.map((api) => api.event), { secrets: { ...tokenSecretsOf(calls) } }]);
  const tokens = issuedTokensOf(calls);
  const hideTokens = (text: string): string =>
    tokens.reduce((result, token) => result.split(token).join(TOKEN_PLACEHOLDER), text);
  return {
    // Tokens first: a secret found by chance inside a token would otherwise break the token's match.
    value: (data) => redactSecrets(tokens.length === 0 ? data : mapStrings(data, hideTokens)),
    text: (printed) => redactSecrets(printed) as string,
  };
}
