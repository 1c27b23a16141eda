import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { bufferByteLength, isSafeInteger, objectKeys } from '../../util/intrinsics.js';

export type TransactionMetadataValue = string | number | boolean | null;

export interface TransactionMetadataApi {
  /** Sets (or with `null` removes) a key of `event.transaction.metadata`, seen at once by this and later Actions. */
  setMetadata(key: string, value: TransactionMetadataValue): void;
}

/** A change to the metadata object, made on a fresh copy so an event another Action holds never changes under it. */
export type MetadataChange = (metadata: Record<string, unknown>) => void;

export interface TransactionMetadataBehaviour {
  /** Whether the method works; when not, it throws what the runtime throws (custom-token-exchange's Early Access). */
  enabled?: (context: ApiContext) => boolean;
  /**
   * Applies the change wherever the trigger keeps the metadata. Default: `event.transaction.metadata`, created when
   * missing.
   */
  write?: (context: ApiContext, change: MetadataChange) => void;
}

// Reference D.10: the limits are documented, the messages are not; each names the method and the limit.
const METHOD = 'api.transaction.setMetadata()';
const MAX_KEY = 64;
const MAX_VALUE_BYTES = 8 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024;

const byteLength = (text: string): number => bufferByteLength(text, 'utf8');

/**
 * `api.transaction.setMetadata`, one implementation for every trigger that has it (post-login, custom-token-exchange).
 */
export function transactionMetadataApi(
  context: ApiContext,
  behaviour: TransactionMetadataBehaviour = {},
): TransactionMetadataApi {
  const setMetadata = (owner: ApiContext, key: unknown, value: unknown): void => {
    if (behaviour.enabled?.(owner) === false) throw new Error('Method not implemented.');
    const change = checkedChange(key, value);
    const transaction = (owner.event as { transaction?: { metadata?: unknown } }).transaction;
    const next = isPlainObject(transaction?.metadata) ? { ...transaction.metadata } : {};
    change(next);
    const total = objectKeys(next).reduce((sum, name) => sum + byteLength(name) + byteLength(String(next[name])), 0);
    if (total > MAX_TOTAL_BYTES) {
      throw new RangeError(
        `${METHOD}: the transaction metadata must stay within ${MAX_TOTAL_BYTES} bytes; with key "${key as string}" it would hold ${total}.`,
      );
    }
    (behaviour.write ?? writeIntoEvent)(owner, change);
  };
  return {
    setMetadata(...args: [key: string, value: TransactionMetadataValue]): void {
      return recordedCall(context, 'transaction.setMetadata', args, setMetadata);
    },
  };
}

function checkedChange(key: unknown, value: unknown): MetadataChange {
  if (typeof key !== 'string' || key === '' || key.length > MAX_KEY) {
    throw argumentError(METHOD, 'key', `a non-empty string of at most ${MAX_KEY} characters`, key);
  }
  const allowed =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && isSafeInteger(value));
  if (!allowed)
    throw argumentError(METHOD, 'value', 'a string, a boolean, a safe integer, or null (which removes the key)', value);
  if (typeof value === 'string' && byteLength(value) > MAX_VALUE_BYTES) {
    throw new RangeError(
      `${METHOD}: value must be at most ${MAX_VALUE_BYTES} bytes (the transaction metadata limit); received a string of ${byteLength(value)} bytes.`,
    );
  }
  return (metadata) => {
    if (value === null) delete metadata[key];
    else metadata[key] = value;
  };
}

function writeIntoEvent(context: ApiContext, change: MetadataChange): void {
  const event = context.event as { transaction?: Record<string, unknown> };
  if (!isPlainObject(event.transaction)) event.transaction = {};
  const metadata = isPlainObject(event.transaction.metadata) ? { ...event.transaction.metadata } : {};
  change(metadata);
  event.transaction.metadata = metadata;
}
