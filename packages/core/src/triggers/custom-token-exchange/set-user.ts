import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { copyData } from '../../util/copy-data.js';
import { isPlainObject } from '../../util/errors.js';
import { objectKeys } from '../../util/intrinsics.js';
import { assertNoProblems, booleanProblems, required, stringProblems, type SchemaProblem } from './schema-errors.js';

/** The profile attributes `setUserByConnection` takes; `user_id` is the id within the connection, without a prefix. */
export interface CustomTokenExchangeUserAttributes {
  user_id: string;
  email?: string;
  email_verified?: boolean;
  family_name?: string;
  given_name?: string;
  name?: string;
  nickname?: string;
  phone_number?: string;
  phone_verified?: boolean;
  picture?: string;
  username?: string;
  /** `false`: no verification email for an unverified email; not stored. */
  verify_email?: boolean;
  [key: string]: unknown;
}

export interface CustomTokenExchangeSetUserOptions {
  /** A missing user: `'create_if_not_exists'` creates it, `'none'` fails the exchange. */
  creationBehavior: 'create_if_not_exists' | 'none';
  /** An existing user: `'replace'` replaces its attributes (those not passed are removed), `'none'` leaves it. */
  updateBehavior: 'replace' | 'none';
}

/** What a handler's `setUserById` / `setUserByConnection` calls asked for, in order. */
export type UserChoice =
  | { readonly method: 'setUserById'; readonly userId: string }
  | {
      readonly method: 'setUserByConnection';
      readonly connection: string;
      readonly attributes: CustomTokenExchangeUserAttributes;
      readonly options: CustomTokenExchangeSetUserOptions;
    };

const USER_CHOICES = defineEffect<UserChoice[]>('cte-user-choices', () => []);

const MAX_USER_ID = 512;
const MAX_CONNECTION = 512;
const MAX_ATTRIBUTES = 24;
/** `user_attributes` string fields and their length ranges (the harness's schema). */
const ATTRIBUTE_STRINGS: Readonly<Record<string, readonly [number?, number?]>> = {
  user_id: [1, 255],
  family_name: [1, 150],
  given_name: [1, 150],
  name: [1, 300],
  nickname: [1, 300],
  username: [1, 128],
  email: [],
  phone_number: [],
  picture: [],
};
const ATTRIBUTE_BOOLEANS = ['email_verified', 'phone_verified', 'verify_email'];
const BEHAVIORS: Readonly<Record<string, readonly string[]>> = {
  creationBehavior: ['create_if_not_exists', 'none'],
  updateBehavior: ['replace', 'none'],
};

export interface SetUserMethods {
  /** The exchange is for this existing user (its full id, `auth0|...`); its profile is not updated. */
  setUserById(userId: string): void;
  /** The exchange is for the user with this id on that connection, created or updated as `options` say. */
  setUserByConnection(
    connectionName: string,
    userAttributes: CustomTokenExchangeUserAttributes,
    options: CustomTokenExchangeSetUserOptions,
  ): void;
}

/** `api.authentication.setUserById` / `setUserByConnection` with the harness's schema checks (reference E.9). */
export function setUserMethods(context: ApiContext): SetUserMethods {
  return {
    setUserById(...args: [userId: string]): void {
      return recordedCall(context, 'authentication.setUserById', args, setUserById);
    },
    setUserByConnection(...args: Parameters<SetUserMethods['setUserByConnection']>): void {
      return recordedCall(context, 'authentication.setUserByConnection', args, setUserByConnection);
    },
  };
}

function setUserById(context: ApiContext, userId: unknown): void {
  assertNoProblems(
    'Invalid setUserById arguments',
    [...required('user_id', userId), ...stringProblems('user_id', userId, 1, MAX_USER_ID)],
    {
      method: 'api.authentication.setUserById()',
      expected: { user_id: `the id of the user the exchange is for, a string of 1 to ${MAX_USER_ID} characters` },
    },
  );
  effectOf(context, USER_CHOICES).push({ method: 'setUserById', userId: userId as string });
}

function setUserByConnection(context: ApiContext, connection: unknown, attributes: unknown, options: unknown): void {
  assertNoProblems(
    'Invalid setUserByConnection arguments',
    [
      ...required('connection_name', connection),
      ...required('user_attributes', attributes),
      ...required('options', options),
      ...stringProblems('connection_name', connection, 1, MAX_CONNECTION),
      ...attributeProblems(attributes),
      ...optionProblems(options),
    ],
    {
      method: 'api.authentication.setUserByConnection()',
      expected: {
        connection_name: `the name of the connection, a string of 1 to ${MAX_CONNECTION} characters`,
        user_attributes: "the user's profile, an object with at least user_id",
        options:
          "{ creationBehavior, updateBehavior }, such as { creationBehavior: 'create_if_not_exists', updateBehavior: 'none' }",
      },
    },
  );
  effectOf(context, USER_CHOICES).push({
    method: 'setUserByConnection',
    connection: connection as string,
    attributes: copyData(attributes as CustomTokenExchangeUserAttributes),
    options: copyData(options as CustomTokenExchangeSetUserOptions),
  });
}

function attributeProblems(attributes: unknown): SchemaProblem[] {
  if (attributes === undefined) return [];
  const field = 'user_attributes';
  if (!isPlainObject(attributes)) return [{ field, message: 'must be object', argument: field }];
  const problems: SchemaProblem[] = [...required('user_id', attributes.user_id, field)];
  if (objectKeys(attributes).length > MAX_ATTRIBUTES)
    problems.push({ field, message: `must NOT have more than ${MAX_ATTRIBUTES} properties` });
  for (const name of objectKeys(ATTRIBUTE_STRINGS)) {
    const [min, max] = ATTRIBUTE_STRINGS[name] as readonly [number?, number?];
    problems.push(...stringProblems(`${field}/${name}`, attributes[name], min, max));
  }
  for (const name of ATTRIBUTE_BOOLEANS) problems.push(...booleanProblems(`${field}/${name}`, attributes[name]));
  return problems;
}

function optionProblems(options: unknown): SchemaProblem[] {
  if (options === undefined) return [];
  const field = 'options';
  if (!isPlainObject(options)) return [{ field, message: 'must be object', argument: field }];
  const problems: SchemaProblem[] = [];
  for (const name of objectKeys(BEHAVIORS)) problems.push(...required(name, options[name], field));
  if (objectKeys(options).some((key) => !(key in BEHAVIORS)))
    problems.push({ field, message: 'must NOT have additional properties' });
  for (const name of objectKeys(BEHAVIORS)) {
    const value = options[name];
    if (value !== undefined && !(BEHAVIORS[name] as readonly unknown[]).includes(value)) {
      problems.push({ field: `${field}/${name}`, message: 'must be equal to one of the allowed values' });
    }
  }
  return problems;
}

/** The setUser calls one handler made, in order. */
export function userChoicesOf(api: ApiInternals): readonly UserChoice[] {
  return writtenEffect(api, USER_CHOICES) ?? [];
}
