import type { SeededRandom } from '../../util/seeded-random.js';
import { openObject, optional, type DataShape } from '../../util/data-shape.js';
import { transactionLocale, type SampleWorld } from './sample-world.js';

/** `event.transaction.protocol`: the 16 values of the types (reference E.1a). */
export type TransactionProtocol =
  | 'oidc-basic-profile'
  | 'oidc-implicit-profile'
  | 'oidc-hybrid-profile'
  | 'oidc-ciba'
  | 'oidc-ciba-web-link'
  | 'oauth2-device-code'
  | 'oauth2-resource-owner'
  | 'oauth2-resource-owner-jwt-bearer'
  | 'oauth2-password'
  | 'oauth2-webauthn'
  | 'oauth2-access-token'
  | 'oauth2-refresh-token'
  | 'oauth2-token-exchange'
  | 'samlp'
  | 'wsfed'
  | 'wstrust-usernamemixed';

/**
 * `event.transaction` of the registration triggers (reference E.3, E.4): the `/authorize` request the signup
 * belongs to. No `id` and no `metadata` (transaction metadata is post-login only); absent when the signup did not
 * come through Universal Login (`POST /dbconnections/signup`).
 */
export interface SignupTransaction {
  acr_values: string[];
  locale: string;
  requested_scopes: string[];
  ui_locales: string[];
  login_hint?: string;
  prompt?: string[];
  protocol?: TransactionProtocol;
  redirect_uri?: string;
  response_mode?: 'query' | 'fragment' | 'form_post' | 'web_message';
  response_type?: Array<'code' | 'token' | 'id_token'>;
  state?: string;
  /** pre-user-registration's types have it; post-user-registration's do not (the object is open). */
  correlation_id?: string;
  [key: string]: unknown;
}

export const signupTransactionShape: DataShape = openObject({
  acr_values: { array: 'string' },
  locale: 'string',
  requested_scopes: { array: 'string' },
  ui_locales: { array: 'string' },
  login_hint: optional('string'),
  prompt: optional({ array: 'string' }),
  protocol: optional('string'),
  redirect_uri: optional('string'),
  response_mode: optional('string'),
  response_type: optional({ array: 'string' }),
  state: optional('string'),
  correlation_id: optional('string'),
});

/** Where the application's callback lives: a host named after the application, as a real tenant registers one. */
export function applicationCallback(world: SampleWorld): string {
  const host = world.tenant.clientName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `https://${host}.example.com/callback`;
}

/**
 * A web application's authorization-code request that reached the signup page: `openid profile email`, the
 * browser's language, the application's own `state`.
 */
export function signupTransaction(random: SeededRandom, world: SampleWorld): SignupTransaction {
  return {
    acr_values: [],
    ...transactionLocale(world),
    requested_scopes: ['openid', 'profile', 'email'],
    protocol: 'oidc-basic-profile',
    redirect_uri: applicationCallback(world),
    response_mode: 'query',
    response_type: ['code'],
    state: random.alphanumeric(43),
  };
}
