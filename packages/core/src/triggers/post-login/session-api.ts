import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { recordDenial } from '../../mechanisms/access/denial.js';
import { argumentError, isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { objectKeys } from '../../util/intrinsics.js';
import { mirrorIntoEvent } from './event-mirror.js';
import { checkExpiry, hasSession, metadataError, metadataProblem } from './stored-metadata.js';

export type PostLoginCookieMode = 'persistent' | 'non-persistent';

/** `api.session` (Enterprise): revoke the session, set its lifetime, cookie mode and metadata. */
export interface PostLoginSessionApi {
  /** Denies the login and revokes the session (and, unless preserved, its refresh tokens); no later Action runs. */
  revoke(reason: string, options?: { preserveRefreshTokens?: boolean }): void;
  setExpiresAt(absolute: number): void;
  setIdleExpiresAt(inactivity: number): void;
  setCookieMode(mode: PostLoginCookieMode): void;
  setMetadata(key: string, value: string | null): void;
  deleteMetadata(key: string): void;
  evictMetadata(): void;
}

const SET_PREFIX = 'Failed to set session metadata: ';
const MAX_REASON = 1024;

export function sessionApi(context: ApiContext): PostLoginSessionApi {
  const call = <A extends unknown[]>(name: string, args: A, fn: (owner: ApiContext, ...rest: A) => void): void =>
    recordedCall(context, `session.${name}`, args, fn);
  return {
    revoke(...args: [reason: string, options?: { preserveRefreshTokens?: boolean }]): void {
      return call('revoke', args, revoke);
    },
    setExpiresAt(...args: [absolute: number]): void {
      return call('setExpiresAt', args, (_owner, value) =>
        checkExpiry('api.session.setExpiresAt()', 'absolute', value),
      );
    },
    setIdleExpiresAt(...args: [inactivity: number]): void {
      return call('setIdleExpiresAt', args, (_owner, value) =>
        checkExpiry('api.session.setIdleExpiresAt()', 'inactivity', value),
      );
    },
    setCookieMode(...args: [mode: PostLoginCookieMode]): void {
      return call('setCookieMode', args, setCookieMode);
    },
    setMetadata(...args: [key: string, value: string | null]): void {
      return call('setMetadata', args, setMetadata);
    },
    deleteMetadata(...args: [key: string]): void {
      return call('deleteMetadata', args, deleteMetadata);
    },
    evictMetadata(...args: []): void {
      return call('evictMetadata', args, (owner) =>
        mirrorIntoEvent(owner, 'session', (session) => void (session.metadata = {})),
      );
    },
  };
}

function revoke(context: ApiContext, reason: unknown, options?: unknown): void {
  const method = 'api.session.revoke()';
  if (typeof reason !== 'string') throw argumentError(method, 'reason', 'a string', reason);
  if (reason.length > MAX_REASON)
    throw argumentError(
      method,
      'reason',
      `at most ${MAX_REASON} characters (${reason.length} given)`,
      `${reason.slice(0, 20)}…`,
    );
  if (options !== undefined) {
    if (!isPlainObject(options))
      throw argumentError(method, 'options', 'an object like { preserveRefreshTokens }', options);
    for (const key of objectKeys(options)) {
      if (key !== 'preserveRefreshTokens')
        throw argumentError(
          method,
          `options.${key}`,
          'left out: the only option is preserveRefreshTokens',
          options[key],
        );
    }
    if (options.preserveRefreshTokens !== undefined && typeof options.preserveRefreshTokens !== 'boolean') {
      throw argumentError(method, 'options.preserveRefreshTokens', 'a boolean', options.preserveRefreshTokens);
    }
  }
  // Revoking needs the session's id (reference E.1.1); a flow without a session has nothing to revoke.
  if (!hasSession(context.event)) {
    throw new Error(
      `${method}: there is no session to revoke (event.session is absent, as in flows without a browser session).`,
    );
  }
  recordDenial(context, options === undefined ? [reason] : [reason, options], { method: 'session.revoke', reason });
}

function setCookieMode(context: ApiContext, mode: unknown): void {
  const method = 'api.session.setCookieMode()';
  const expectation = { argument: 'mode', expected: "'persistent' or 'non-persistent'", received: mode };
  if (!mode) throw new Error(namedRuntimeMessage(method, 'Cookie mode must be provided', expectation));
  if (mode !== 'persistent' && mode !== 'non-persistent') {
    // The runtime's message interpolates the value as it was given, `[object Object]` included.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const runtimeMessage = `Invalid cookie mode: ${String(mode)}. Valid values are 'persistent' and 'non-persistent'.`;
    throw new Error(namedRuntimeMessage(method, runtimeMessage, expectation));
  }
  if (hasSession(context.event)) mirrorIntoEvent(context, 'session', (session) => void (session.cookie = { mode }));
}

function setMetadata(context: ApiContext, key: unknown, value: unknown): void {
  if (!hasSession(context.event)) throw new Error(`${SET_PREFIX}Cannot set metadata on a session that does not exist.`);
  const current = (context.event as { session: { metadata?: unknown } }).session.metadata;
  const problem = metadataProblem(current, key, value);
  if (problem) throw metadataError('api.session.setMetadata()', SET_PREFIX, problem, key, value);
  mirrorIntoEvent(context, 'session', (session) => {
    const metadata = isPlainObject(session.metadata) ? { ...session.metadata } : {};
    if (value === null) delete metadata[key as string];
    else metadata[key as string] = value;
    session.metadata = metadata;
  });
}

function deleteMetadata(context: ApiContext, key: unknown): void {
  if (typeof key !== 'string') throw argumentError('api.session.deleteMetadata()', 'key', 'a string', key);
  // Without a session the runtime silently does nothing.
  if (!hasSession(context.event)) return;
  mirrorIntoEvent(context, 'session', (session) => {
    const metadata = isPlainObject(session.metadata) ? { ...session.metadata } : {};
    delete metadata[key];
    session.metadata = metadata;
  });
}
