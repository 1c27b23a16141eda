import { customClaimsOf } from '../../mechanisms/claims/custom-claims.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { argumentError } from '../../util/errors.js';
import { isArray } from '../../util/intrinsics.js';
import type { TriggerOption } from '../definition.js';
import { currentTargetScopes } from './target-scopes.js';

/** `sim.accessToken` of credentials-exchange: the custom claims and the final `scope`, as in the issued JWT. */
export interface CredentialsExchangeAccessTokenClaims {
  /** Space-separated. */
  scope: string;
  [claim: string]: unknown;
}

/**
 * `clientGrantScopes`: the scopes the client grant gives this client on the API. The event does not carry the
 * grant, so by default it is the token's scopes (`event.accessToken.scope`): a target scope beyond them is
 * dropped, as production drops one outside a grant; a test whose grant holds more says so.
 */
export const clientGrantScopesOption: TriggerOption = {
  scope: 'flow',
  defaultValue: undefined,
  check(fn, argument, value) {
    if (value === undefined) return undefined;
    if (
      !isArray(value) ||
      !(value as unknown[]).every((each) => typeof each === 'string' && each !== '' && !/\s/.test(each))
    ) {
      throw argumentError(
        fn,
        argument,
        "an array of scopes (['read:orders', 'create:orders']): the client grant's scopes on the API",
        value,
      );
    }
    return [...(value as string[])];
  },
};

/**
 * `sim.accessToken`, status `'completed'` only: every Action's access-token claims (a later write of a key wins,
 * restricted ones left out) and the target scopes the flow ended with, less those outside the client grant,
 * which production drops silently (reference E.2).
 */
export const accessTokenRule: FlowRule = {
  report(flow) {
    if (flow.status !== 'completed') return undefined;
    const event = flow.event as { accessToken?: { scope?: unknown } };
    const tokenScopes = isArray(event.accessToken?.scope) ? (event.accessToken?.scope as string[]) : [];
    const grant = (flow.options.clientGrantScopes as string[] | undefined) ?? tokenScopes;
    const scope = currentTargetScopes(flow.event)
      .filter((each) => grant.includes(each))
      .join(' ');
    return { accessToken: { ...customClaimsOf(flow.apis, 'accessToken'), scope } };
  },
};
