import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import { buildSendPhoneMessageApi, type SendPhoneMessageApi } from './api.js';
import { buildSendPhoneMessageEvent } from './event.js';
import { SEND_PHONE_MESSAGE_EVENT_SHAPE } from './event-shape.js';
import { renderOverriddenText } from './message-text.js';
import type { SendPhoneMessageEvent, SendPhoneMessageOptions, SendPhoneMessageUser } from './event-types.js';

export type { SendPhoneMessageApi, SendPhoneMessageEvent, SendPhoneMessageOptions, SendPhoneMessageUser };

/** The trigger's types, by role: the registry maps its id to these. */
export interface SendPhoneMessageTypes {
  event: SendPhoneMessageEvent;
  api: SendPhoneMessageApi;
  simulation: {};
  options: {};
  flowOptions: {};
}

export const definition: TriggerDefinition<SendPhoneMessageEvent, SendPhoneMessageApi> = freeze({
  id: 'send-phone-message',
  version: 'v2',
  handlers: freeze({ execute: 'onExecuteSendPhoneMessage' }),
  // The login waits for the message to be sent; an Action's error fails the flow (status 'failed'): there is no
  // deny in this api.
  blocking: true,
  // The phone provider is one Action (the dashboard's Custom provider); several bound Actions: UNVERIFIED (the
  // README's fidelity table), so the mock takes one, never more than production.
  maxActions: 1,
  buildEvent: buildSendPhoneMessageEvent,
  eventShape: SEND_PHONE_MESSAGE_EVENT_SHAPE,
  renderOverriddenEvent: renderOverriddenText,
  buildApi: buildSendPhoneMessageApi,
  flowRules: freeze([]),
});
