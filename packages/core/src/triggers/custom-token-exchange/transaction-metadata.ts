import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { isSafeInteger, objectKeys } from '../../util/intrinsics.js';
import type { TriggerOption } from '../definition.js';

export type TransactionMetadataValue = string | number | boolean | null;

export interface CustomTokenExchangeTransactionApi {
  /**
   * (Early Access) Sets (or with `null` removes) a key of the transaction metadata, shared with the post-login
   * Actions of the same exchange. Mirrored into `event.transaction.metadata` at once.
   */
  setMetadata(key: string, value: TransactionMetadataValue): void;
}

// Reference D.10: the documented limits of transaction metadata.
const MAX_KEY = 64;
const MAX_VALUE_BYTES = 8 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024;
const METHOD = 'api.transaction.setMetadata()';

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * `api.transaction.setMetadata` of custom-token-exchange. Without the Early Access feature (option
 * `transactionMetadata: false`) it throws the harness's `Method not implemented.`. The documented limits have no
 * documented messages, so a value past one is refused with an error naming the limit.
 */
export function transactionMetadataApi(context: ApiContext): CustomTokenExchangeTransactionApi {
  return {
    setMetadata(...args: [key: string, value: TransactionMetadataValue]): void {
      return recordedCall(context, 'transaction.setMetadata', args, setMetadata);
    },
  };
}

function setMetadata(context: ApiContext, key: unknown, value: unknown): void {
  if (context.options.transactionMetadata === false) throw new Error('Method not implemented.');
  if (typeof key !== 'string' || key === '' || key.length > MAX_KEY) {
    throw argumentError(METHOD, 'key', `a non-empty string of at most ${MAX_KEY} characters`, key);
  }
  const allowed =
    value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isSafeInteger(value));
  if (!allowed) throw argumentError(METHOD, 'value', 'a string, a boolean, a safe integer, or null (which removes the key)', value);
  if (typeof value === 'string' && byteLength(value) > MAX_VALUE_BYTES) {
    const received = `a string of ${byteLength(value)} bytes`;
    throw new RangeError(`${METHOD}: value must be at most ${MAX_VALUE_BYTES} bytes (the transaction metadata limit); received ${received}.`);
  }
  const event = context.event as { transaction?: Record<string, unknown> };
  if (!isPlainObject(event.transaction)) event.transaction = {};
  const transaction = event.transaction;
  const metadata: Record<string, unknown> = isPlainObject(transaction.metadata) ? { ...transaction.metadata } : {};
  if (value === null) delete metadata[key];
  else metadata[key] = value;
  const total = objectKeys(metadata).reduce((sum, name) => sum + byteLength(name) + byteLength(String(metadata[name])), 0);
  if (total > MAX_TOTAL_BYTES) {
    throw new RangeError(`${METHOD}: the transaction metadata must stay within ${MAX_TOTAL_BYTES} bytes; with key "${key}" it would hold ${total}.`);
  }
  // A fresh object, so an event another Action holds never changes under it.
  transaction.metadata = metadata;
}

/**
 * `transactionMetadata`: whether `api.transaction.setMetadata` works (Early Access). Default: true; `false` makes it
 * throw `Method not implemented.`, as on a tenant without the feature.
 */
export const transactionMetadataOption: TriggerOption = {
  scope: 'api',
  defaultValue: true,
  check(fn, argument, value) {
    if (typeof value !== 'boolean') throw argumentError(fn, argument, 'a boolean', value);
    return value;
  },
};
