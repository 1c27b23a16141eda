import { argumentError, isPlainObject } from '../../util/errors.js';

/**
 * Session tokens read `event.user.user_id` and `event.request`: an event given to `mockApi` without them would
 * fail later, deep inside encodeToken or validateToken, far from the mistake. For the triggers with a redirect api.
 */
export function assertTokenEvent(fn: string, event: Record<string, unknown>): void {
  if (!isPlainObject(event.user))
    throw argumentError(fn, 'options.event.user', 'an object (see mockEvent())', event.user);
  if (typeof event.user.user_id !== 'string')
    throw argumentError(fn, 'options.event.user.user_id', 'a string', event.user.user_id);
  if (!isPlainObject(event.request))
    throw argumentError(fn, 'options.event.request', 'an object (see mockEvent())', event.request);
}
