import { closedObject, optional, type DataShape } from '../../util/data-shape.js';
import { jsonRecordShape, secretsShape } from '../common/event-shapes.js';

/**
 * What an event-stream event can hold (reference E.10): `message` and nothing of the user triggers (`request`,
 * `user`, `tenant`...). `time` and `data` may be `null`, so they take any JSON value.
 */
export const EVENT_STREAM_EVENT_SHAPE: DataShape = closedObject({
  secrets: secretsShape,
  configuration: jsonRecordShape,
  message: closedObject({
    id: 'string',
    type: 'string',
    source: 'string',
    specversion: 'string',
    time: optional('json'),
    data: optional('json'),
    a0tenant: 'string',
    a0stream: optional('string'),
    a0purpose: optional('string'),
  }),
});
