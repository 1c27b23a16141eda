import { recorded, type RecordedCall } from '../../src/index.js';

/**
 * The calls the runtime accepted: what matchers and flow rules count (refused ones stay in the log with their error).
 */
export function acceptedCalls(target: object): RecordedCall[] {
  return recorded(target).calls.filter((call) => !('error' in call));
}
