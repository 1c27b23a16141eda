import type { ApiContext } from '../../api/api-context.js';
import {
  transactionMetadataApi,
  type TransactionMetadataApi,
} from '../../mechanisms/transaction-metadata/transaction-metadata-api.js';
import { argumentError } from '../../util/errors.js';
import type { TriggerOption } from '../definition.js';

export type CustomTokenExchangeTransactionApi = TransactionMetadataApi;

/**
 * `api.transaction.setMetadata` of custom-token-exchange (Early Access): shared with the post-login Actions of the
 * same exchange. Without the feature (option `transactionMetadata: false`) it throws the harness's
 * `Method not implemented.`.
 */
export function transactionMetadataApiOf(context: ApiContext): CustomTokenExchangeTransactionApi {
  return transactionMetadataApi(context, { enabled: (owner) => owner.options.transactionMetadata !== false });
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
