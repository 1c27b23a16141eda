import type { ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { ChallengeCommand, FlowRule, FlowView } from '../../simulation/flow-rules.js';
import { FlowError } from '../../simulation/flow-errors.js';
import type { FactorSelector } from './factor-selector.js';
import { completedFactorTypes, enrolledFactors, remainingFactors, withCompletedFactor } from './factors.js';
import { argumentError } from '../../util/errors.js';
import type { TriggerOption } from '../../triggers/definition.js';

/** The MFA commands of one handler call, in the order the Action made them. */
const MFA_COMMANDS = defineEffect<ChallengeCommand[]>('mfa-commands', () => []);

export function recordMfaCommand(context: ApiContext, command: ChallengeCommand): void {
  effectOf(context, MFA_COMMANDS).push(command);
}

export function noUsableFactor(action: string, offered: readonly string[]): FlowError {
  return new FlowError(
    `No usable factor: "${action}" challenged with ${offered.map((type) => `'${type}'`).join(', ')}, but the user has ` +
      `enrolled none of them (event.user.enrolledFactors), so the login fails: "An MFA challenge is used in a PostLogin ` +
      `action but the requested factors are not properly set up." Enrol the user in the test's event, or pass ` +
      `enrolledFactorsOnly: false to skip the check.`,
    'NoUsableFactor',
  );
}

/**
 * `challengeWith` / `challengeWithAny`: factors already completed in the flow are skipped (all of them: nothing to
 * ask); with `enrolledFactorsOnly` (the default) factors the user has not enrolled are ignored, and none left
 * fails the flow, as production does (reference D.4, E.1.3).
 */
export function challengeCommand(method: string, factors: readonly FactorSelector[]): ChallengeCommand {
  return {
    method,
    factors,
    counted: true,
    resolve(event, flow: FlowView) {
      const remaining = remainingFactors(factors, completedFactorTypes(event));
      if (remaining.length === 0) return { skip: true };
      const offer = flow.options.enrolledFactorsOnly === false ? remaining : enrolledFactors(remaining, event);
      if (offer.length === 0)
        return {
          error: noUsableFactor(
            flow.actionName,
            remaining.map((factor) => factor.type),
          ),
        };
      return { offer };
    },
    complete: withCompletedFactor,
  };
}

/** The Action's MFA commands pause the flow after it, one after another (reference E.1.3). */
export const mfaCommandsRule: FlowRule = {
  afterHandler(api) {
    return writtenEffect(api, MFA_COMMANDS)?.map((challenge) => ({ kind: 'challenge', challenge }));
  },
};

/** `simulate(..., { enrolledFactorsOnly })`, for the triggers that challenge. */
export const enrolledFactorsOnlyOption: TriggerOption = {
  scope: 'flow',
  defaultValue: true,
  check(fn, argument, value) {
    if (typeof value !== 'boolean') throw argumentError(fn, argument, 'a boolean', value);
    return value;
  },
};
