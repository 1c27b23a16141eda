import { assertFactorList, assertFactorSelector, type FactorSelector } from '../shared/factor-selector.js';
import { argumentError, isPlainObject } from '../shared/errors.js';
import { defineMethod, type ApiContext } from './api-context.js';

export interface ChallengeOptions {
  additionalFactors?: FactorSelector[];
}

export interface ChallengeApi {
  challengeWith(factor: FactorSelector, options?: ChallengeOptions): void;
  challengeWithAny(factors: FactorSelector[]): void;
}

/** `api.authentication.challengeWith` / `challengeWithAny`, shared by post-login and post-challenge. */
export function challengeMethods(context: ApiContext, authentication: object): void {
  defineMethod(context, authentication, 'authentication.challengeWith', (factor: FactorSelector, options?: ChallengeOptions): void => {
    const method = 'api.authentication.challengeWith()';
    assertFactorSelector(method, 'factor', factor);
    if (options !== undefined && !isPlainObject(options)) throw argumentError(method, 'options', 'an object', options);
    const additional = options?.additionalFactors;
    if (additional !== undefined) assertFactorList(method, 'options.additionalFactors', additional);
    context.effects.challenges.push({ method: 'challengeWith', factors: [factor, ...(additional ?? [])] });
  });
  defineMethod(context, authentication, 'authentication.challengeWithAny', (factors: FactorSelector[]): void => {
    const method = 'api.authentication.challengeWithAny()';
    assertFactorList(method, 'factors', factors);
    if (factors.length === 0) throw argumentError(method, 'factors', 'a non-empty array of FactorSelector objects', factors);
    context.effects.challenges.push({ method: 'challengeWithAny', factors: [...factors] });
  });
}
