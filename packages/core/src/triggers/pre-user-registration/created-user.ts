import type { FlowRule } from '../../simulation/flow-rules.js';
import { userAfterWrites } from '../../mechanisms/metadata/user-report.js';
import type { PreUserRegistrationUser } from './event-types.js';
import { lastUserIdOf } from './user-id.js';

/** `sim.user` of pre-user-registration: what the user is created with. */
export type PreUserRegistrationCreatedUser = PreUserRegistrationUser & {
  /** Only when an Action called `setUserId`: `<connection strategy>|<the id>`; otherwise Auth0 generates it. */
  user_id?: string;
};

/**
 * `sim.user`: the user as the signup creates it once every Action has run, `event.user` with every Action's
 * metadata writes merged once (reference E.3: "aggregated and applied once before the flow completes") and the
 * root `user_id` an Action set. Only a completed flow creates a user: a denied signup reports none.
 */
export const createdUserRule: FlowRule = {
  report(flow) {
    if (flow.status !== 'completed') return undefined;
    const user = userAfterWrites(flow.event.user, flow.apis);
    if (user === undefined) return undefined;
    const id = lastUserIdOf(flow.apis);
    if (id === undefined) return { user };
    const strategy = (flow.event.connection as { strategy?: unknown } | undefined)?.strategy;
    // Auth0 prefixes the root id with the connection's strategy (`auth0` for a database connection).
    return { user: { user_id: `${typeof strategy === 'string' ? strategy : 'auth0'}|${id}`, ...user } };
  },
};
