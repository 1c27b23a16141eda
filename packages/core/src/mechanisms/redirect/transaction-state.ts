import { boundedMemo } from '../../util/bounded-memo.js';
import { seededRandom } from '../../util/seeded-random.js';

const STATE_LENGTH = 32;
const rememberState = boundedMemo<string>(64);

/**
 * The `state` the runtime gives a seed's transactions (it goes on every redirect and must come back to
 * `/continue`): derived from the seed so runs repeat, and kept, since suites reuse seeds.
 */
export function transactionState(seed: number | string): string {
  return rememberState(`${seed}`, () => seededRandom(`state:${seed}`).alphanumeric(STATE_LENGTH));
}
