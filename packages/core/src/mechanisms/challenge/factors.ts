import type { FactorSelector } from './factor-selector.js';
import { NativeSet, isArray } from '../../util/intrinsics.js';

interface MethodsView {
  authentication?: { methods?: Array<{ name?: unknown; type?: unknown }> };
  user?: { enrolledFactors?: Array<{ type?: unknown }> };
}

/** Factor types the user has completed in this transaction: the `mfa` entries of `authentication.methods`. */
export function completedFactorTypes(event: unknown): Set<string> {
  const methods = (event as MethodsView).authentication?.methods ?? [];
  return new NativeSet(
    methods
      .filter((method) => method.name === 'mfa' && typeof method.type === 'string')
      .map((method) => method.type as string),
  );
}

/** The factors of a challenge command the user still has to pass (already completed ones are skipped). */
export function remainingFactors(factors: readonly FactorSelector[], completed: ReadonlySet<string>): FactorSelector[] {
  return factors.filter((factor) => !completed.has(factor.type));
}

// `push` is the selector's short name for the enrolled `push-notification` factor.
const ENROLLED_AS: Record<string, string> = { push: 'push-notification' };

/** The enrolled factor type a selector stands for. */
export function enrolledTypeOf(factor: FactorSelector): string {
  return ENROLLED_AS[factor.type] ?? factor.type;
}

/** The types in `event.user.enrolledFactors`, or `undefined` when Auth0 could not load them. */
export function enrolledTypes(event: unknown): Set<string> | undefined {
  const enrolled = (event as MethodsView).user?.enrolledFactors;
  return isArray(enrolled) ? new NativeSet(enrolled.map((factor) => factor.type as string)) : undefined;
}

/**
 * The factors the user has enrolled. `recovery-code` counts as enrolled with any other factor (recovery codes
 * come with enrolment; UNVERIFIED); `email` counts only when `email` is among the enrolled factors, as Auth0 lists
 * it there once the tenant enables it. Unknown enrolment (`enrolledFactors` undefined: Auth0 could not load them)
 * filters nothing.
 */
export function enrolledFactors(factors: readonly FactorSelector[], event: unknown): FactorSelector[] {
  const types = enrolledTypes(event);
  if (!types) return [...factors];
  return factors.filter((factor) =>
    factor.type === 'recovery-code' ? types.size > 0 : types.has(enrolledTypeOf(factor)),
  );
}

/** What `authentication.methods` gains when the user passes a challenge (reference D.4). */
export function mfaMethod(type: string): { name: 'mfa'; type: string; timestamp: string } {
  return { name: 'mfa', type, timestamp: new Date(Date.now()).toISOString() };
}

/** The event's `authentication` with one more completed factor: a new object, the old one may be shared. */
export function withCompletedFactor(event: Readonly<Record<string, unknown>>, type: string): Record<string, unknown> {
  const authentication = event.authentication as { methods?: unknown[] } | undefined;
  if (!authentication || !isArray(authentication.methods)) return {};
  return { authentication: { ...authentication, methods: [...authentication.methods, mfaMethod(type)] } };
}
