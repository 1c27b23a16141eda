import * as core from '@auth0-actions-mock/core';
import { matchers } from '@auth0-actions-mock/core/matchers';
import { Unavailable } from './scenario.mjs';

/** Stops a scenario with a clear reason when core lacks `simulate`, a trigger it runs or a matcher it checks. */
export function requireFeatures({ simulate = false, matcherNames = [], triggers = [] }) {
  const missing = [];
  for (const trigger of triggers) {
    if (!core.TRIGGER_IDS?.includes(trigger)) missing.push(`the ${trigger} trigger in @auth0-actions-mock/core`);
  }
  if (simulate && typeof core.simulate !== 'function') missing.push('simulate() in @auth0-actions-mock/core');
  for (const name of matcherNames) {
    if (typeof matchers[name] !== 'function') missing.push(`${name} in @auth0-actions-mock/core/matchers`);
  }
  if (missing.length > 0) throw new Unavailable(`missing ${missing.join(', ')}`);
}
