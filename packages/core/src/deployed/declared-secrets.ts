import { isArray } from '../util/intrinsics.js';

/**
 * The secret names an Action of a tenant export declares, attached to its module object. An export keeps names
 * but not values, so a flow that runs without one of them would test an Action that cannot run as deployed.
 */
export const DECLARED_SECRETS: unique symbol = Symbol.for('auth0-actions-mock.declaredSecrets') as never;

interface FlowActionLike {
  readonly name: string;
  readonly module: unknown;
  readonly secrets?: Record<string, string>;
}

/** Rejects a flow in which a tenant's Action lacks a secret it declares (before anything runs). */
export function assertDeclaredSecrets(fn: string, actions: readonly FlowActionLike[], flowSecrets: unknown): void {
  for (const action of actions) {
    if (typeof action.module !== 'object' || action.module === null) continue;
    const declared = (action.module as Record<symbol, unknown>)[DECLARED_SECRETS];
    if (!isArray(declared)) continue;
    const given = { ...((flowSecrets as Record<string, string> | undefined) ?? {}), ...(action.secrets ?? {}) };
    const missing = declared.filter((name: string) => given[name] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `${fn}: the Action "${action.name}" declares the secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, ` +
          `which the export does not hold a value for. Give ${missing.length > 1 ? 'them' : 'it'}: ` +
          `simulate(tenant.flow(...), { trigger, secrets: { ${missing.map((name) => `${name}: '...'`).join(', ')} } }).`,
      );
    }
  }
}
