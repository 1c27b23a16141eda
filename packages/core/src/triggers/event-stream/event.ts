import type { SeededRandom } from '../../util/seeded-random.js';
import { sampleWorld } from '../common/sample-world.js';
import type { EventStreamEvent } from './event-types.js';
import { userCreatedMessage } from './user-created.js';

/**
 * A real (not test) delivery of the seed's tenant stream: the `user.created` event of the seed's person. Tests of
 * other event types override `message` (`type`, `data`).
 */
export function buildEventStreamEvent(random: SeededRandom, at: number): EventStreamEvent {
  const world = sampleWorld(random, at);
  return { secrets: {}, configuration: {}, message: userCreatedMessage(random, world) };
}
