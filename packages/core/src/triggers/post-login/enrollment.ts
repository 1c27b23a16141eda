import { recordedCall, type ApiContext } from '../../api/api-context.js';
import {
  assertFactorList,
  assertFactorSelector,
  type FactorSelector,
} from '../../mechanisms/challenge/factor-selector.js';
import { recordMfaCommand } from '../../mechanisms/challenge/challenge-commands.js';
import {
  completedFactorTypes,
  enrolledTypeOf,
  enrolledTypes,
  withCompletedFactor,
} from '../../mechanisms/challenge/factors.js';
import { FlowError } from '../../simulation/flow-errors.js';
import type { ChallengeCommand } from '../../simulation/flow-rules.js';
import { argumentError, isPlainObject } from '../../util/errors.js';

/** A factor the user can be asked to enrol (no `email`: reference E.1.1). */
export type PostLoginEnrollmentFactor = Exclude<FactorSelector, { type: 'email' }>;

export interface PostLoginEnrollmentApi {
  enrollWith(factor: PostLoginEnrollmentFactor, options?: { additionalFactors?: PostLoginEnrollmentFactor[] }): void;
  enrollWithAny(factors: PostLoginEnrollmentFactor[]): void;
}

export function enrollmentMethods(context: ApiContext): PostLoginEnrollmentApi {
  return {
    enrollWith(
      ...args: [factor: PostLoginEnrollmentFactor, options?: { additionalFactors?: PostLoginEnrollmentFactor[] }]
    ): void {
      return recordedCall(context, 'authentication.enrollWith', args, enrollWith);
    },
    enrollWithAny(...args: [factors: PostLoginEnrollmentFactor[]]): void {
      return recordedCall(context, 'authentication.enrollWithAny', args, enrollWithAny);
    },
  };
}

function assertEnrollable(method: string, argument: string, factor: unknown): void {
  assertFactorSelector(method, argument, factor);
  if (factor.type === 'email') {
    const enrollable =
      "'otp', 'phone', 'push-notification', 'webauthn-platform', 'webauthn-roaming' or 'recovery-code'";
    throw argumentError(
      method,
      `${argument}.type`,
      `a factor the user can enrol: email is not one (use ${enrollable})`,
      factor.type,
    );
  }
}

function enrollWith(context: ApiContext, factor: unknown, options?: unknown): void {
  const method = 'api.authentication.enrollWith()';
  assertEnrollable(method, 'factor', factor);
  if (options !== undefined && !isPlainObject(options))
    throw argumentError(method, 'options', 'an object like { additionalFactors }', options);
  const additional = (options as { additionalFactors?: unknown } | undefined)?.additionalFactors;
  if (additional !== undefined) {
    assertFactorList(method, 'options.additionalFactors', additional);
    additional.forEach((entry, index) => assertEnrollable(method, `options.additionalFactors[${index}]`, entry));
  }
  recordMfaCommand(context, enrollmentCommand('enrollWith', [factor as FactorSelector, ...(additional ?? [])]));
}

function enrollWithAny(context: ApiContext, factors: unknown): void {
  const method = 'api.authentication.enrollWithAny()';
  assertFactorList(method, 'factors', factors);
  if (factors.length === 0) throw argumentError(method, 'factors', 'a non-empty array of factor selectors', factors);
  factors.forEach((entry, index) => assertEnrollable(method, `factors[${index}]`, entry));
  recordMfaCommand(context, enrollmentCommand('enrollWithAny', [...factors]));
}

const ALREADY_ENROLLED =
  'An MFA enrollment was requested but the user is already enrolled in MFA. ' +
  'Challenge with at least one existing factor before enrolling a new one.';
const NOT_SET_UP =
  'An MFA enrollment is used in a PostLogin action but the requested factors are not properly set up. ' +
  'To perform MFA, enable the requested factors and ensure the user is not already enrolled with them.';

/**
 * An enrolment pauses the flow after its Action like a challenge and counts toward the same four commands
 * (reference E.1.3). Factors the user has already enrolled are ignored; none left fails the login (the docs also
 * say it may continue: UNVERIFIED, the mock fails). A user with a factor must have passed a challenge in this flow
 * first. `enrolledFactorsOnly: false` skips both checks.
 */
export function enrollmentCommand(method: string, factors: readonly FactorSelector[]): ChallengeCommand {
  return {
    method,
    factors,
    counted: true,
    resolve(event, flow) {
      if (flow.options.enrolledFactorsOnly === false) return { offer: [...factors] };
      const enrolled = enrolledTypes(event);
      if (enrolled && enrolled.size > 0 && completedFactorTypes(event).size === 0) {
        return {
          error: new FlowError(
            `"${flow.actionName}" asked for an enrolment (${method}): ${ALREADY_ENROLLED}`,
            'MfaEnrollmentRefused',
          ),
        };
      }
      const offer = enrolled ? factors.filter((factor) => !enrolled.has(enrolledTypeOf(factor))) : [...factors];
      if (offer.length === 0)
        return {
          error: new FlowError(
            `"${flow.actionName}" asked for an enrolment (${method}): ${NOT_SET_UP}`,
            'MfaEnrollmentRefused',
          ),
        };
      return { offer };
    },
    complete(event, type) {
      const user = event.user as { enrolledFactors?: unknown[] } | undefined;
      const enrolled = user && Array.isArray(user.enrolledFactors) ? user.enrolledFactors : [];
      return { ...withCompletedFactor(event, type), user: { ...user, enrolledFactors: [...enrolled, { type }] } };
    },
  };
}
