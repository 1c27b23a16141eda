import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { bufferByteLength, isSafeInteger, objectKeys } from '../../util/intrinsics.js';
import { mirrorIntoEvent } from './event-mirror.js';

export interface PostLoginTransactionApi {
  /** Sets (or with `null` removes) a key of `event.transaction.metadata`, seen at once by this and later Actions. */
  setMetadata(key: string, value: string | number | boolean | null): void;
}

const MAX_KEY_LENGTH = 64;
const MAX_VALUE_BYTES = 8 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024;

const bytes = (text: string): number => bufferByteLength(text, 'utf8');

export function transactionApi(context: ApiContext): PostLoginTransactionApi {
  return {
    setMetadata(...args: [key: string, value: string | number | boolean | null]): void {
      return recordedCall(context, 'transaction.setMetadata', args, setMetadata);
    },
  };
}

// Reference D.10: the limits are documented, the messages are not; each names the method and the limit.
function setMetadata(context: ApiContext, key: unknown, value: unknown): void {
  const method = 'api.transaction.setMetadata()';
  if (typeof key !== 'string' || key === '') throw argumentError(method, 'key', 'a non-empty string', key);
  if (key.length > MAX_KEY_LENGTH) throw argumentError(method, 'key', `at most ${MAX_KEY_LENGTH} characters (${key.length} given)`, key);
  if (value !== null && typeof value !== 'string' && typeof value !== 'boolean' && typeof value !== 'number') {
    throw argumentError(method, 'value', 'a string, a number, a boolean, or null to remove the key', value);
  }
  if (typeof value === 'number' && !isSafeInteger(value)) {
    throw argumentError(method, 'value', 'a safe integer (transaction metadata numbers must be safe integers)', value);
  }
  if (typeof value === 'string' && bytes(value) > MAX_VALUE_BYTES) throw argumentError(method, 'value', `at most 8 KB (${bytes(value)} bytes given)`, `${value.slice(0, 20)}…`);
  const transaction = (context.event as { transaction?: { metadata?: unknown } }).transaction;
  const current = isPlainObject(transaction?.metadata) ? { ...transaction.metadata } : {};
  if (value === null) delete current[key];
  else current[key] = value;
  const total = objectKeys(current).reduce((sum, name) => sum + bytes(name) + bytes(String(current[name])), 0);
  if (total > MAX_TOTAL_BYTES) throw argumentError(method, 'value', `a value that keeps all transaction metadata within 16 KB (it would reach ${total} bytes)`, key);
  // The harness creates event.transaction when it is missing, then mirrors the change into its metadata.
  mirrorIntoEvent(context, 'transaction', (target) => {
    const metadata = isPlainObject(target.metadata) ? { ...target.metadata } : {};
    if (value === null) delete metadata[key];
    else metadata[key] = value;
    target.metadata = metadata;
  }, true);
}
