import type { FactorSelector } from './factor-selector.js';
import { NativeSet, isArray } from '../../util/intrinsics.js';

interface MethodsView {
  authentication?: { methods?: Array<{ name?: unknown; type?: unknown }> };
  user?: { enrolledFactors?: Array<{ type?: unknown }> };
}

/** Factor types the user has completed in this transaction: the `mfa` entries of `authentication.methods`. */
export function completedFactorTypes(event: unknown): Set<string> {
  const methods = (event as MethodsView).authentication?.methods ?? [];
  return new NativeSet(methods.filter((method) => method.name === 'mfa' && typeof method.type === 'string').map((method) => method.type as string));
}

/** The factors of a challenge command the user still has to pass (already completed ones are skipped). */
export function remainingFactors(factors: readonly FactorSelector[], completed: ReadonlySet<string>): FactorSelector[] {
  return factors.filter((factor) => !completed.has(factor.type));
}

// `push` is the selector's short name for the enrolled `push-notification` factor.
const ENROLLED_AS: Record<string, string> = { push: 'push-notification' };

/**
 * The factors the user has enrolled. `recovery-code` counts as enrolled with any other factor (recovery codes
 * come with enrollment; UNVERIFIED). Unknown enrollment (`enrolledFactors` undefined: Auth0 could not load
 * them) filters nothing.
 */
export function enrolledFactors(factors: FactorSelector[], event: unknown): FactorSelector[] {
  const enrolled = (event as MethodsView).user?.enrolledFactors;
  if (!isArray(enrolled)) return factors;
  const types = new NativeSet(enrolled.map((factor) => factor.type));
  return factors.filter((factor) =>
    factor.type === 'recovery-code' ? types.size > 0 : types.has(ENROLLED_AS[factor.type] ?? factor.type));
}

/** What `authentication.methods` gains when the user passes a challenge (reference D.4). */
export function mfaMethod(type: string): { name: 'mfa'; type: string; timestamp: string } {
  return { name: 'mfa', type, timestamp: new Date(Date.now()).toISOString() };
}
