import { recordedCall, type ApiContext, type ApiInternals } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { customClaimApi, type CustomClaimApi } from '../../mechanisms/claims/custom-claims.js';
import { checkedScope, MAX_SCOPES, TOO_MANY_SCOPES } from '../../mechanisms/claims/scope.js';

/** `api.idToken`: custom claims of the ID token, returning the api for chaining. */
export interface PostLoginIdTokenApi<R> extends CustomClaimApi<R> {}

/** `api.accessToken`: custom claims and the scopes of the access token. */
export interface PostLoginAccessTokenApi<R> extends CustomClaimApi<R> {
  /** Adds a scope to the issued access token (check `event.resource_server` first). */
  addScope(scope: string): void;
  /** Removes a scope from the issued access token. */
  removeScope(scope: string): void;
}

interface ScopeChange {
  readonly op: 'add' | 'remove';
  readonly scope: string;
}

const SCOPE_CHANGES = defineEffect<ScopeChange[]>('access-token-scopes', () => []);

export function idTokenApi<R>(context: ApiContext): PostLoginIdTokenApi<R> {
  return customClaimApi<R>(context, 'idToken', { returns: 'api', reserveScope: true });
}

export function accessTokenApi<R>(context: ApiContext): PostLoginAccessTokenApi<R> {
  return {
    ...customClaimApi<R>(context, 'accessToken', { returns: 'api', reserveScope: true }),
    addScope(...args: [scope: string]): void {
      return recordedCall(context, 'accessToken.addScope', args, (owner, scope) => change(owner, 'add', scope));
    },
    removeScope(...args: [scope: string]): void {
      return recordedCall(context, 'accessToken.removeScope', args, (owner, scope) => change(owner, 'remove', scope));
    },
  };
}

function change(context: ApiContext, op: ScopeChange['op'], scope: unknown): void {
  const trimmed = checkedScope(scope, `api.accessToken.${op === 'add' ? 'addScope' : 'removeScope'}()`);
  const changes = effectOf(context, SCOPE_CHANGES);
  // The runtime's helper caps the scopes an execution adds; where production enforces it is UNVERIFIED.
  if (op === 'add' && changes.filter((entry) => entry.op === 'add').length >= MAX_SCOPES)
    throw new Error(TOO_MANY_SCOPES);
  changes.push({ op, scope: trimmed });
}

/** The access token's scopes after every Action: the requested ones, then each add and remove in call order. */
export function finalScopes(requested: readonly string[], apis: readonly ApiInternals[]): string[] {
  const scopes = [...requested];
  for (const api of apis) {
    for (const { op, scope } of writtenEffect(api, SCOPE_CHANGES) ?? []) {
      const at = scopes.indexOf(scope);
      if (op === 'add' && at < 0) scopes.push(scope);
      if (op === 'remove' && at >= 0) scopes.splice(at, 1);
    }
  }
  return scopes;
}
