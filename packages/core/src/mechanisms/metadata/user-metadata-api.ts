import { recordedCall, type ApiContext, type Returns } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { ApiInternals } from '../../api/api-context.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { copyData } from '../../util/copy-data.js';
import { jsonProblemOf } from './json-value.js';

export type MetadataKind = 'app_metadata' | 'user_metadata';

/** One metadata write an Action asked for: applied to the stored profile once, after the flow (reference D.2). */
export interface MetadataWrite {
  readonly kind: MetadataKind;
  readonly key: string;
  /** `null` deletes the key. */
  readonly value: unknown;
}

export interface UserMetadataApi<R = void> {
  /**
   * Sets (or with `null` deletes) a key of `app_metadata`. Written once the flow ends; `event.user` does not change.
   */
  setAppMetadata(key: string, value: unknown): R;
  /**
   * Sets (or with `null` deletes) a key of `user_metadata`. Written once the flow ends; `event.user` does not change.
   */
  setUserMetadata(key: string, value: unknown): R;
}

const WRITES = defineEffect<MetadataWrite[]>('metadata-writes', () => []);

/** The runtime's own messages when the stored metadata is not an object (a Custom DB returned something else). */
const UNEXPECTED_FORMAT: Record<MetadataKind, string> = {
  app_metadata: 'Unexpected app_metadata format. Must be a valid JSON object',
  user_metadata: 'Unexpected user_metadata format. Must be a valid JSON object.',
};

/**
 * `api.user.setAppMetadata` / `setUserMetadata` (post-login, pre-user-registration, custom-token-exchange): the
 * writes are kept, in order, for the profile Auth0 writes after the flow; the event the Actions see is unchanged.
 */
export function userMetadataApi<R = void>(context: ApiContext, returns: Returns = 'nothing'): UserMetadataApi<R> {
  return {
    setAppMetadata(...args: [key: string, value: unknown]): R {
      return recordedCall(
        context,
        'user.setAppMetadata',
        args,
        (owner, key, value) => write(owner, 'app_metadata', key, value),
        returns,
      );
    },
    setUserMetadata(...args: [key: string, value: unknown]): R {
      return recordedCall(
        context,
        'user.setUserMetadata',
        args,
        (owner, key, value) => write(owner, 'user_metadata', key, value),
        returns,
      );
    },
  };
}

function write(context: ApiContext, kind: MetadataKind, key: unknown, value: unknown): void {
  const method = `api.user.${kind === 'app_metadata' ? 'setAppMetadata' : 'setUserMetadata'}()`;
  const user = (context.event as { user?: Record<string, unknown> }).user;
  // Only a stored profile has metadata to check: pre-user-registration's user may have none yet.
  if (user !== undefined && user[kind] !== undefined && !isPlainObject(user[kind]))
    throw new Error(UNEXPECTED_FORMAT[kind]);
  if (typeof key !== 'string' || key === '') throw argumentError(method, 'key', 'a non-empty string', key);
  // The profile is stored as JSON: what JSON cannot hold would be lost or fail the write after the flow.
  const problem = jsonProblemOf(value);
  if (problem)
    throw argumentError(
      method,
      `value${problem.path}`,
      `JSON data (null deletes the key): ${problem.expected}`,
      problem.received,
    );
  effectOf(context, WRITES).push({ kind, key, value: copyData(value) });
}

/** The metadata writes of one handler call, in order. */
export function metadataWritesOf(api: ApiInternals): readonly MetadataWrite[] {
  return writtenEffect(api, WRITES) ?? [];
}
