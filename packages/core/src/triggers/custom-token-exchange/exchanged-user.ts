import { denialsOf } from '../../mechanisms/access/denial.js';
import { userAfterWrites } from '../../mechanisms/metadata/user-report.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import type { Identity } from '../common/event-types.js';
import { userChoicesOf, type UserChoice } from './set-user.js';

/**
 * `sim.user` of custom-token-exchange: the user the Action set, as the mock knows it (it has no stored profiles):
 * `user_id` after `setUserById`; the attributes and the connection's identity after `setUserByConnection`
 * (`verify_email` is not stored). Both with the Action's metadata writes merged (`null` deletes a key).
 */
export interface CustomTokenExchangeUser {
  /** `setUserById`: the full id, `<provider>|<id>`. */
  user_id?: string;
  /** `setUserByConnection`: the identity on that connection, with the id the Action gave. */
  identities?: Identity[];
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  [attribute: string]: unknown;
}

function describe(choices: readonly UserChoice[]): string {
  if (choices.length === 0) return 'it called neither';
  return `it called ${choices.map((choice) => `${choice.method}()`).join(' and ')}`;
}

/** The error that fails the exchange when the Action did not set exactly one user (reference E.9, UNVERIFIED). */
export function userChoiceError(action: string, choices: readonly UserChoice[]): Error {
  return new Error(
    `The custom-token-exchange Action "${action}" must call exactly one of api.authentication.setUserById() and ` +
      `api.authentication.setUserByConnection() (or deny the exchange): ${describe(choices)}. Production rejects the exchange.`,
  );
}

function profileOf(choice: UserChoice): Record<string, unknown> {
  if (choice.method === 'setUserById') return { user_id: choice.userId, app_metadata: {}, user_metadata: {} };
  const { user_id: userId, verify_email: _notStored, ...attributes } = choice.attributes;
  return {
    ...attributes,
    identities: [{ connection: choice.connection, user_id: userId }],
    app_metadata: {},
    user_metadata: {},
  };
}

/**
 * An Action that returns without a denial must have set exactly one user, or the exchange fails. Once it
 * completes, `sim.user` is that user.
 */
export const exchangedUserRule: FlowRule = {
  afterHandler(api, flow) {
    if (denialsOf(api).length > 0) return undefined;
    const choices = userChoicesOf(api);
    return choices.length === 1 ? undefined : [{ kind: 'fail', error: userChoiceError(flow.actionName, choices) }];
  },
  report(flow) {
    if (flow.status !== 'completed') return undefined;
    const choice = flow.apis.flatMap((api) => userChoicesOf(api))[0];
    if (choice === undefined) return undefined;
    const user = userAfterWrites(profileOf(choice), flow.apis);
    return user === undefined ? undefined : { user };
  },
};
