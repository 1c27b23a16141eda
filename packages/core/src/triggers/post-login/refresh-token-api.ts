import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { recordDenial } from '../../mechanisms/access/denial.js';
import { argumentError, describeValue, isPlainObject } from '../../util/errors.js';
import { mirrorIntoEvent } from './event-mirror.js';
import { checkExpiry, metadataError, metadataProblem } from './stored-metadata.js';

/** `api.refreshToken` (Enterprise): revoke the token being exchanged, set its lifetime and metadata. */
export interface PostLoginRefreshTokenApi {
  /** Denies the exchange and revokes the refresh token; no later Action runs. */
  revoke(reason: string): void;
  setExpiresAt(absolute: number): void;
  setIdleExpiresAt(inactivity: number): void;
  setMetadata(key: string, value: string | null): void;
  deleteMetadata(key: string): void;
  evictMetadata(): void;
}

const SET_PREFIX = 'Failed to set refresh token metadata: ';
const MAX_REASON = 1024;

const online = (context: ApiContext): boolean =>
  (context.event as { refresh_token?: { access?: unknown } }).refresh_token?.access === 'online';
const onlineError = (method: string): Error => new Error(`Cannot call ${method} on an online refresh token.`);

export function refreshTokenApi(context: ApiContext): PostLoginRefreshTokenApi {
  const call = <A extends unknown[]>(name: string, args: A, fn: (owner: ApiContext, ...rest: A) => void): void =>
    recordedCall(context, `refreshToken.${name}`, args, fn);
  const noOnline =
    <A extends unknown[]>(name: string, fn: (owner: ApiContext, ...rest: A) => void) =>
    (owner: ApiContext, ...rest: A): void => {
      if (online(owner)) throw onlineError(name);
      fn(owner, ...rest);
    };
  return {
    revoke(...args: [reason: string]): void {
      return call('revoke', args, revoke);
    },
    setExpiresAt(...args: [absolute: number]): void {
      return call(
        'setExpiresAt',
        args,
        noOnline('setExpiresAt', (_owner, value) => checkExpiry('api.refreshToken.setExpiresAt()', 'absolute', value)),
      );
    },
    setIdleExpiresAt(...args: [inactivity: number]): void {
      return call(
        'setIdleExpiresAt',
        args,
        noOnline('setIdleExpiresAt', (_owner, value) =>
          checkExpiry('api.refreshToken.setIdleExpiresAt()', 'inactivity', value),
        ),
      );
    },
    setMetadata(...args: [key: string, value: string | null]): void {
      return call('setMetadata', args, setMetadata);
    },
    deleteMetadata(...args: [key: string]): void {
      return call('deleteMetadata', args, noOnline('deleteMetadata', deleteMetadata));
    },
    evictMetadata(...args: []): void {
      return call(
        'evictMetadata',
        args,
        noOnline('evictMetadata', (owner) =>
          mirrorIntoEvent(owner, 'refresh_token', (token) => void (token.metadata = {})),
        ),
      );
    },
  };
}

function revoke(context: ApiContext, reason: unknown): void {
  const method = 'api.refreshToken.revoke()';
  if (typeof reason !== 'string') throw argumentError(method, 'reason', 'a string', reason);
  if (reason.length > MAX_REASON)
    throw argumentError(
      method,
      'reason',
      `at most ${MAX_REASON} characters (${reason.length} given)`,
      `${reason.slice(0, 20)}…`,
    );
  // Only a refresh-token exchange has a token to revoke; elsewhere production's behaviour is UNVERIFIED: refused.
  const protocol = (context.event as { transaction?: { protocol?: unknown } }).transaction?.protocol;
  if (protocol !== 'oauth2-refresh-token') {
    throw new Error(
      `${method} is only valid in a refresh-token exchange (event.transaction.protocol 'oauth2-refresh-token'); ` +
        `this transaction's protocol is ${describeValue(protocol)}.`,
    );
  }
  recordDenial(context, [reason], { method: 'refreshToken.revoke', reason });
}

function setMetadata(context: ApiContext, key: unknown, value: unknown): void {
  if (online(context)) throw new Error(`${SET_PREFIX}${onlineError('setMetadata').message}`);
  const current = (context.event as { refresh_token?: { metadata?: unknown } }).refresh_token?.metadata;
  const problem = metadataProblem(current, key, value);
  if (problem) throw metadataError('api.refreshToken.setMetadata()', SET_PREFIX, problem, key, value);
  // Without a token the change still applies to the token created later; with one, its metadata changes at once.
  mirrorIntoEvent(context, 'refresh_token', (token) => {
    const metadata = isPlainObject(token.metadata) ? { ...token.metadata } : {};
    if (value === null) delete metadata[key as string];
    else metadata[key as string] = value;
    token.metadata = metadata;
  });
}

function deleteMetadata(context: ApiContext, key: unknown): void {
  if (typeof key !== 'string') throw argumentError('api.refreshToken.deleteMetadata()', 'key', 'a string', key);
  mirrorIntoEvent(context, 'refresh_token', (token) => {
    const metadata = isPlainObject(token.metadata) ? { ...token.metadata } : {};
    delete metadata[key];
    token.metadata = metadata;
  });
}
