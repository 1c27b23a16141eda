import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { checkedScope, MAX_SCOPES, TOO_MANY_SCOPES } from '../../mechanisms/claims/scope.js';
import { isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { isArray } from '../../util/intrinsics.js';
import type { FlowRule } from '../../simulation/flow-rules.js';

const SET_TARGET_SCOPES = 'api.transaction.setTargetScopes()';

/**
 * `api.transaction` of credentials-exchange (Early Access): the scopes the token is issued with. Each call
 * changes `event.transaction.target_scopes` at once, for this Action and the later ones; after the last Action
 * the set is intersected with the client grant (reference E.2).
 */
export interface CredentialsExchangeTransactionApi {
  addTargetScope(scope: string): void;
  removeTargetScope(scope: string): void;
  setTargetScopes(scopes: string[]): void;
  clearTargetScopes(): void;
}

/** The target set after this handler's last call, when it made one. */
const TARGET_SCOPES = defineEffect<{ scopes?: string[] }>('target-scopes', () => ({}));

type ScopeEvent = { accessToken?: { scope?: unknown }; transaction?: Record<string, unknown> };

/**
 * The set as this Action sees it: the mirror once a call made one, else (as the harness seeds it) the token's scopes.
 */
export function currentTargetScopes(event: unknown): string[] {
  const { accessToken, transaction } = (isPlainObject(event) ? event : {}) as ScopeEvent;
  const mirrored = transaction?.target_scopes;
  if (isArray(mirrored)) return [...(mirrored as string[])];
  return isArray(accessToken?.scope) ? [...(accessToken?.scope as string[])] : [];
}

export function targetScopesApi(context: ApiContext): CredentialsExchangeTransactionApi {
  return {
    addTargetScope(...args: [scope: string]): void {
      return recordedCall(context, 'transaction.addTargetScope', args, (owner, scope) => {
        const checked = checkedScope(scope, 'api.transaction.addTargetScope()');
        const scopes = currentTargetScopes(owner.event);
        if (scopes.includes(checked)) return;
        if (scopes.length >= MAX_SCOPES) throw new Error(TOO_MANY_SCOPES);
        update(owner, [...scopes, checked]);
      });
    },
    removeTargetScope(...args: [scope: string]): void {
      return recordedCall(context, 'transaction.removeTargetScope', args, (owner, scope) => {
        const checked = checkedScope(scope, 'api.transaction.removeTargetScope()');
        update(
          owner,
          currentTargetScopes(owner.event).filter((each) => each !== checked),
        );
      });
    },
    setTargetScopes(...args: [scopes: string[]]): void {
      return recordedCall(context, 'transaction.setTargetScopes', args, (owner, scopes) => {
        if (!isArray(scopes)) {
          throw new TypeError(
            namedRuntimeMessage(SET_TARGET_SCOPES, 'The value for scopes must be an array.', {
              argument: 'scopes',
              expected: "an array of scope names such as ['read:users']",
              received: scopes,
            }),
          );
        }
        // Every check runs before the set changes.
        const unique = [...new Set((scopes as unknown[]).map((scope) => checkedScope(scope, SET_TARGET_SCOPES)))];
        if (unique.length > MAX_SCOPES) throw new Error(TOO_MANY_SCOPES);
        update(owner, unique);
      });
    },
    clearTargetScopes(...args: []): void {
      return recordedCall(context, 'transaction.clearTargetScopes', args, (owner) => update(owner, []));
    },
  };
}

/** Mirrors the new set into this Action's event (a fresh array each time, as the harness does) and keeps it. */
function update(context: ApiContext, scopes: string[]): void {
  const event = context.event as ScopeEvent;
  if (!isPlainObject(event.transaction)) event.transaction = {};
  event.transaction.target_scopes = [...scopes];
  effectOf(context, TARGET_SCOPES).scopes = [...scopes];
}

function targetScopesOf(api: ApiInternals): string[] | undefined {
  return writtenEffect(api, TARGET_SCOPES)?.scopes;
}

/** Later Actions see the set the last call left in `event.transaction.target_scopes`. */
export const targetScopesRule: FlowRule = {
  afterHandler(api, flow) {
    const scopes = targetScopesOf(api);
    if (scopes === undefined) return undefined;
    const transaction = isPlainObject(flow.event.transaction) ? flow.event.transaction : {};
    flow.setEventField('transaction', { ...transaction, target_scopes: [...scopes] });
    return undefined;
  },
};
