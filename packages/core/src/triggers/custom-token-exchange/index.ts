import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { denialRule } from '../../mechanisms/access/denial.js';
import type { CustomTokenExchangeAccessApi } from './access-api.js';
import type { CustomTokenExchangeActor } from './actor.js';
import {
  buildCustomTokenExchangeApi,
  type CustomTokenExchangeApi,
  type CustomTokenExchangeAuthenticationApi,
} from './api.js';
import { buildCustomTokenExchangeEvent } from './event.js';
import { CUSTOM_TOKEN_EXCHANGE_EVENT_SHAPE } from './event-shape.js';
import type {
  CustomTokenExchangeActorTokenUser,
  CustomTokenExchangeEvent,
  CustomTokenExchangeTransaction,
} from './event-types.js';
import { exchangedUserRule, type CustomTokenExchangeUser } from './exchanged-user.js';
import type { CustomTokenExchangeSetUserOptions, CustomTokenExchangeUserAttributes } from './set-user.js';
import { transactionMetadataOption, type CustomTokenExchangeTransactionApi } from './transaction-metadata.js';

export type {
  CustomTokenExchangeAccessApi,
  CustomTokenExchangeActor,
  CustomTokenExchangeActorTokenUser,
  CustomTokenExchangeApi,
  CustomTokenExchangeAuthenticationApi,
  CustomTokenExchangeEvent,
  CustomTokenExchangeSetUserOptions,
  CustomTokenExchangeTransaction,
  CustomTokenExchangeTransactionApi,
  CustomTokenExchangeUser,
  CustomTokenExchangeUserAttributes,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface CustomTokenExchangeTypes {
  event: CustomTokenExchangeEvent;
  api: CustomTokenExchangeApi;
  simulation: {
    /** Status `'completed'` only: the user the Action set, with its metadata writes merged. */
    user?: CustomTokenExchangeUser;
  };
  options: {
    /**
     * Whether `api.transaction.setMetadata` works (Early Access, behind a feature flag in the harness). Default:
     * true; `false` makes it throw `Method not implemented.`, as on a tenant without the feature.
     */
    transactionMetadata?: boolean;
  };
  flowOptions: {};
}

export const definition: TriggerDefinition<CustomTokenExchangeEvent, CustomTokenExchangeApi> = freeze({
  id: 'custom-token-exchange',
  version: 'v1',
  handlers: freeze({ execute: 'onExecuteCustomTokenExchange' }),
  blocking: true,
  // A Custom Token Exchange Profile runs the single Action tied to it.
  maxActions: 1,
  buildEvent: buildCustomTokenExchangeEvent,
  eventShape: CUSTOM_TOKEN_EXCHANGE_EVENT_SHAPE,
  buildApi: buildCustomTokenExchangeApi,
  // A denial ends the exchange; otherwise the Action must have set exactly one user, reported as sim.user.
  flowRules: freeze([denialRule, exchangedUserRule]),
  options: freeze({ transactionMetadata: transactionMetadataOption }),
});
