import { assertFactorList, assertFactorSelector, type FactorSelector } from './factor-selector.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { challengeCommand, recordMfaCommand } from './challenge-commands.js';

export interface ChallengeOptions {
  additionalFactors?: FactorSelector[];
}

export interface ChallengeApi {
  challengeWith(factor: FactorSelector, options?: ChallengeOptions): void;
  challengeWithAny(factors: FactorSelector[]): void;
}

/** `api.authentication.challengeWith` / `challengeWithAny`, shared by post-login and post-challenge. */
export function challengeMethods(context: ApiContext): ChallengeApi {
  return {
    challengeWith(...args: [factor: FactorSelector, options?: ChallengeOptions]): void {
      return recordedCall(context, 'authentication.challengeWith', args, challengeWith);
    },
    challengeWithAny(...args: [factors: FactorSelector[]]): void {
      return recordedCall(context, 'authentication.challengeWithAny', args, challengeWithAny);
    },
  };
}

function challengeWith(context: ApiContext, factor: FactorSelector, options?: ChallengeOptions): void {
  const method = 'api.authentication.challengeWith()';
  assertFactorSelector(method, 'factor', factor);
  if (options !== undefined && !isPlainObject(options)) throw argumentError(method, 'options', 'an object', options);
  const additional = options?.additionalFactors;
  if (additional !== undefined) assertFactorList(method, 'options.additionalFactors', additional);
  recordMfaCommand(context, challengeCommand('challengeWith', [factor, ...(additional ?? [])]));
}

function challengeWithAny(context: ApiContext, factors: FactorSelector[]): void {
  const method = 'api.authentication.challengeWithAny()';
  assertFactorList(method, 'factors', factors);
  if (factors.length === 0)
    throw argumentError(method, 'factors', 'a non-empty array of FactorSelector objects', factors);
  recordMfaCommand(context, challengeCommand('challengeWithAny', [...factors]));
}
