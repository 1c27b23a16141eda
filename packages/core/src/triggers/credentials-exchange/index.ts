import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { denialRule } from '../../mechanisms/access/denial.js';
import type { CredentialsExchangeAccessApi, CredentialsExchangeDenyCode } from './access-api.js';
import { accessTokenRule, clientGrantScopesOption, type CredentialsExchangeAccessTokenClaims } from './access-token.js';
import { buildCredentialsExchangeApi, type CredentialsExchangeApi } from './api.js';
import { buildCredentialsExchangeEvent } from './event.js';
import { CREDENTIALS_EXCHANGE_EVENT_SHAPE } from './event-shape.js';
import type {
  CredentialsExchangeAccessToken,
  CredentialsExchangeAgent,
  CredentialsExchangeEvent,
  CredentialsExchangeTransaction,
} from './event-types.js';
import { targetScopesRule, type CredentialsExchangeTransactionApi } from './target-scopes.js';

export type {
  CredentialsExchangeAccessApi,
  CredentialsExchangeAccessToken,
  CredentialsExchangeAccessTokenClaims,
  CredentialsExchangeAgent,
  CredentialsExchangeApi,
  CredentialsExchangeDenyCode,
  CredentialsExchangeEvent,
  CredentialsExchangeTransaction,
  CredentialsExchangeTransactionApi,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface CredentialsExchangeTypes {
  event: CredentialsExchangeEvent;
  api: CredentialsExchangeApi;
  simulation: {
    /**
     * Status `'completed'` only: the access token's custom claims and its final `scope` (space-separated): the
     * target scopes the flow ended with (the token's scopes when no Action changed them), within the client grant.
     */
    accessToken?: CredentialsExchangeAccessTokenClaims;
  };
  options: {};
  flowOptions: {
    /**
     * The scopes the client grant gives this client on the API; target scopes outside it are dropped from the
     * token, silently, as in production. Default: `event.accessToken.scope`.
     */
    clientGrantScopes?: string[];
  };
}

export const definition: TriggerDefinition<CredentialsExchangeEvent, CredentialsExchangeApi> = freeze({
  id: 'credentials-exchange',
  version: 'v2',
  handlers: freeze({ execute: 'onExecuteCredentialsExchange' }),
  blocking: true,
  maxActions: 20,
  buildEvent: buildCredentialsExchangeEvent,
  eventShape: CREDENTIALS_EXCHANGE_EVENT_SHAPE,
  buildApi: buildCredentialsExchangeApi,
  // A deny ends the exchange after its Action (no token); target scopes carry over to the next Action.
  flowRules: freeze([denialRule, targetScopesRule, accessTokenRule]),
  options: freeze({ clientGrantScopes: clientGrantScopesOption }),
});
