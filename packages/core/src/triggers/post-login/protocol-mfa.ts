import { isAccepted } from '../../api/recorder.js';
import { denialsOf } from '../../mechanisms/access/denial.js';
import { FlowError } from '../../simulation/flow-errors.js';
import type { FlowRule } from '../../simulation/flow-rules.js';

const MFA_COMMANDS = new Set([
  'authentication.challengeWith',
  'authentication.challengeWithAny',
  'authentication.enrollWith',
  'authentication.enrollWithAny',
]);

/** Why a protocol cannot take a challenge or enrolment command (reference E.1.3 step 9). */
const REFUSED: Record<string, string> = {
  'oauth2-token-exchange':
    'with a Custom Token Exchange (transaction.protocol oauth2-token-exchange), challengeWith and enrollWith make the ' +
    'transaction fail with a non-recoverable error',
  'oauth2-refresh-token':
    'a refresh-token exchange (transaction.protocol oauth2-refresh-token) has no user to challenge: the docs say the ' +
    'exchange fails (the exact error is not documented) and tell Actions to skip MFA commands there',
};

/**
 * A challenge or enrolment command on a protocol that has no browser for it fails the transaction once the Action
 * returns, rather than pausing it as if a user could answer. A denial in the same Action wins.
 */
export const protocolMfaRule: FlowRule = {
  afterHandler(api) {
    const protocol = (api.event as { transaction?: { protocol?: unknown } }).transaction?.protocol;
    const why = typeof protocol === 'string' ? REFUSED[protocol] : undefined;
    if (why === undefined || denialsOf(api).length > 0) return undefined;
    const command = api.recorder.calls.find((call) => isAccepted(call) && MFA_COMMANDS.has(call.method));
    if (!command) return undefined;
    const error = new FlowError(
      `api.${command.method}() cannot run here: ${why}. Guard MFA commands with event.transaction.protocol.`,
      'MfaNotSupported',
    );
    return [{ kind: 'fail', error }];
  },
};
