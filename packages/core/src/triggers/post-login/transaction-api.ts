import type { ApiContext } from '../../api/api-context.js';
import {
  transactionMetadataApi,
  type TransactionMetadataApi,
} from '../../mechanisms/transaction-metadata/transaction-metadata-api.js';
import { isPlainObject } from '../../util/errors.js';
import { mirrorIntoEvent } from './event-mirror.js';

export type PostLoginTransactionApi = TransactionMetadataApi;

/**
 * The harness creates `event.transaction` when it is missing, then mirrors the change into its metadata, where the
 * later Actions of the flow see it too.
 */
export function transactionApi(context: ApiContext): PostLoginTransactionApi {
  return transactionMetadataApi(context, {
    write: (owner, change) =>
      mirrorIntoEvent(
        owner,
        'transaction',
        (transaction) => {
          const metadata = isPlainObject(transaction.metadata) ? { ...transaction.metadata } : {};
          change(metadata);
          transaction.metadata = metadata;
        },
        true,
      ),
  });
}
