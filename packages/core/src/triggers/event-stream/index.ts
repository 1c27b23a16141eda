import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { buildEventStreamApi, type EventStreamApi } from './api.js';
import { buildEventStreamEvent } from './event.js';
import { EVENT_STREAM_EVENT_SHAPE } from './event-shape.js';
import type { EventStreamEvent, EventStreamMessage } from './event-types.js';

export type { EventStreamApi, EventStreamEvent, EventStreamMessage };

/** The trigger's types, by role: the registry maps its id to these. */
export interface EventStreamTypes {
  event: EventStreamEvent;
  api: EventStreamApi;
  simulation: {};
  options: {};
  flowOptions: {};
}

export const definition: TriggerDefinition<EventStreamEvent, EventStreamApi> = freeze({
  id: 'event-stream',
  version: 'v1',
  handlers: freeze({ execute: 'onExecuteEventStream' }),
  // In the background: a resolved handler delivers the event; an error fails the delivery (status 'failed'),
  // which production retries (the mock runs it once: a test calls simulate again for a redelivery).
  blocking: false,
  // One stream delivers to one Action destination.
  maxActions: 1,
  buildEvent: buildEventStreamEvent,
  eventShape: EVENT_STREAM_EVENT_SHAPE,
  buildApi: buildEventStreamApi,
  flowRules: freeze([]),
});
