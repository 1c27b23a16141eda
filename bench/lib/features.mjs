import * as core from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import { Unavailable } from './scenario.mjs';

/** Stops a scenario with a clear reason when core lacks `simulate` or one of the matchers it checks. */
export function requireFeatures({ simulate = false, matcherNames = [] }) {
  const missing = [];
  if (simulate && typeof core.simulate !== 'function') missing.push('simulate() in @auth0-actions-mock/core');
  for (const name of matcherNames) {
    if (typeof matchers[name] !== 'function') missing.push(`${name} in @auth0-actions-mock/core/matchers`);
  }
  if (missing.length > 0) throw new Unavailable(`missing ${missing.join(', ')}`);
}
