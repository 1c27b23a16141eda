import { argumentError } from '../util/errors.js';
import { closestName } from '../util/known-options.js';
import type { TriggerDefinition } from './definition.js';
import { freeze, hasOwn, objectKeys } from '../util/intrinsics.js';
import {
  definition as passwordResetPostChallenge,
  type PostChallengeTypes,
} from './password-reset-post-challenge/index.js';
import { definition as preUserRegistration, type PreUserRegistrationTypes } from './pre-user-registration/index.js';
import { definition as postUserRegistration, type PostUserRegistrationTypes } from './post-user-registration/index.js';
import { definition as postChangePassword, type PostChangePasswordTypes } from './post-change-password/index.js';
import { definition as eventStream, type EventStreamTypes } from './event-stream/index.js';
import { definition as postLogin, type PostLoginTypes } from './post-login/index.js';
import { definition as credentialsExchange, type CredentialsExchangeTypes } from './credentials-exchange/index.js';
import { definition as customTokenExchange, type CustomTokenExchangeTypes } from './custom-token-exchange/index.js';
import { definition as sendPhoneMessage, type SendPhoneMessageTypes } from './send-phone-message/index.js';
import { definition as customEmailProvider, type CustomEmailProviderTypes } from './custom-email-provider/index.js';
import { definition as customPhoneProvider, type CustomPhoneProviderTypes } from './custom-phone-provider/index.js';

// Each trigger's public types, under names that cannot collide (`PostChallengeEvent`, `PostLoginApi`...).
// Every folder also exports `definition`: this local export outranks theirs, so the lines below are not ambiguous
// (TS2308) and no trigger's definition leaks into the public types.
export type definition = never;
export type * from './password-reset-post-challenge/index.js';
export type * from './pre-user-registration/index.js';
export type * from './post-user-registration/index.js';
export type * from './post-change-password/index.js';
export type * from './event-stream/index.js';
export type * from './post-login/index.js';
export type * from './credentials-exchange/index.js';
export type * from './custom-token-exchange/index.js';
export type * from './send-phone-message/index.js';
export type * from './custom-email-provider/index.js';
export type * from './custom-phone-provider/index.js';

/**
 * The one list of triggers. Adding a trigger adds its folder, an import, a line in `TriggerTypes` and a line in
 * `TRIGGERS`: nothing else in core changes.
 *
 * Each trigger loads only when a test first names it. In the CommonJS build (Jest's runtime, which compiles every
 * module anew for each test file) each folder is a file of its own, and the build turns each `import { definition
 * as x }` below into a `require` made on first use (build/lazy-triggers.mjs, checked by
 * test-node/trigger-laziness.test.cjs). The ES module build, which Node and Vitest load once per worker, keeps them
 * static: ES modules have no synchronous lazy import that stays in the caller's realm.
 */
export interface TriggerTypes {
  'password-reset-post-challenge': PostChallengeTypes;
  'pre-user-registration': PreUserRegistrationTypes;
  'post-user-registration': PostUserRegistrationTypes;
  'post-change-password': PostChangePasswordTypes;
  'event-stream': EventStreamTypes;
  'post-login': PostLoginTypes;
  'credentials-exchange': CredentialsExchangeTypes;
  'custom-token-exchange': CustomTokenExchangeTypes;
  'send-phone-message': SendPhoneMessageTypes;
  'custom-email-provider': CustomEmailProviderTypes;
  'custom-phone-provider': CustomPhoneProviderTypes;
}

// Each entry has its own event and api types; resolveTrigger() hands callers the pair for the id they named.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TRIGGERS: Readonly<Record<TriggerId, () => TriggerDefinition<any, any>>> = freeze({
  'password-reset-post-challenge': () => passwordResetPostChallenge,
  'pre-user-registration': () => preUserRegistration,
  'post-user-registration': () => postUserRegistration,
  'post-change-password': () => postChangePassword,
  'event-stream': () => eventStream,
  'post-login': () => postLogin,
  'credentials-exchange': () => credentialsExchange,
  'custom-token-exchange': () => customTokenExchange,
  'send-phone-message': () => sendPhoneMessage,
  'custom-email-provider': () => customEmailProvider,
  'custom-phone-provider': () => customPhoneProvider,
});

export type TriggerId = keyof TriggerTypes;
/** A trigger id, optionally with the `@auth0/actions` version: `'password-reset-post-challenge/v1'`. */
export type TriggerName = TriggerId | `${TriggerId}/${string}`;
export type TriggerIdOf<T extends TriggerName> = T extends `${infer Id}/${string}`
  ? Id extends TriggerId
    ? Id
    : never
  : T & TriggerId;
export type EventOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['event'];
export type ApiOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['api'];
/** The fields a Simulation of that trigger adds (`resultUrl`, `user`, `idToken`...). */
export type SimulationFieldsOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['simulation'];
/** The options that trigger adds to `mockApi()` (and `simulate()`). */
export type ApiOptionsOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['options'];
/** The options that trigger adds to `simulate()` only. */
export type FlowOptionsOf<T extends TriggerName> = TriggerTypes[TriggerIdOf<T>]['flowOptions'];

export const TRIGGER_IDS = freeze(objectKeys(TRIGGERS)) as readonly TriggerId[];

// Auth0 triggers this library knowingly leaves out, and why: a test naming one learns it is not a typo.
const UNSUPPORTED_TRIGGERS: Readonly<Record<string, string>> = freeze({
  'post-credential-validation': 'a limited-release trigger whose api and event are not publicly documented',
  'signup-post-identifier': 'a Beta trigger with an empty api and an undocumented event',
});

export function resolveTrigger(
  fn: string,
  trigger: unknown,
  argument = 'trigger',
): TriggerDefinition<unknown, unknown> {
  if (typeof trigger === 'string') {
    const [id, version] = trigger.split('/');
    const load = hasOwn(TRIGGERS, id as string) ? TRIGGERS[id as TriggerId] : undefined;
    if (load) {
      const definition = load();
      if (version === undefined || version === definition.version) return definition;
      throw argumentError(
        fn,
        argument,
        `'${definition.id}' or '${definition.id}/${definition.version}' (this library follows ${definition.version} of ${definition.id}; ` +
          `how older versions differ: the README's "Supported triggers")`,
        trigger,
      );
    }
  }
  const unsupported = typeof trigger === 'string' ? UNSUPPORTED_TRIGGERS[trigger.split('/')[0] as string] : undefined;
  if (unsupported !== undefined) {
    throw argumentError(
      fn,
      argument,
      `a supported trigger id: Auth0's '${(trigger as string).split('/')[0]}' is ${unsupported}, so this library does not mock it (the README's "Supported triggers")`,
      trigger,
    );
  }
  const suggestion =
    typeof trigger === 'string' ? closestName(trigger.split('/')[0] as string, TRIGGER_IDS) : undefined;
  const hint = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
  throw argumentError(
    fn,
    argument,
    `a supported trigger id (${TRIGGER_IDS.map((id) => `'${id}'`).join(', ')})${hint}`,
    trigger,
  );
}
