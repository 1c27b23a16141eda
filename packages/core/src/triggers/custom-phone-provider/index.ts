import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import type { NotificationReport } from '../../mechanisms/notification/notification-rule.js';
import { notificationRule } from '../../mechanisms/notification/notification-rule.js';
import {
  actionErrorsOption,
  type NotificationActionErrors,
} from '../../mechanisms/notification/action-errors-option.js';
import { buildCustomPhoneProviderApi, type CustomPhoneProviderApi } from './api.js';
import { buildCustomPhoneProviderEvent } from './event.js';
import { CUSTOM_PHONE_PROVIDER_EVENT_SHAPE } from './event-shape.js';
import { phoneNotificationProblem } from './event-consistency.js';
import { renderOverriddenMessage } from './messages.js';
import type {
  CustomPhoneMessageType,
  CustomPhoneNotification,
  CustomPhoneProviderEvent,
  CustomPhoneProviderUser,
} from './event-types.js';

export type {
  CustomPhoneMessageType,
  CustomPhoneNotification,
  CustomPhoneProviderApi,
  CustomPhoneProviderEvent,
  CustomPhoneProviderUser,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface CustomPhoneProviderTypes {
  event: CustomPhoneProviderEvent;
  api: CustomPhoneProviderApi;
  simulation: { notification?: NotificationReport };
  options: {};
  flowOptions: {
    /** An Action that throws: `'fail'` (the default: status `'failed'`), or taken as a `'retry'` or a `'drop'`. */
    actionErrors?: NotificationActionErrors;
  };
}

export const definition: TriggerDefinition<CustomPhoneProviderEvent, CustomPhoneProviderApi> = freeze({
  id: 'custom-phone-provider',
  version: 'v1',
  handlers: freeze({ execute: 'onExecuteCustomPhoneProvider' }),
  // Delivery is queued (a retry runs minutes later): the user's request does not wait for it. UNVERIFIED
  // (reference E.7): the README's fidelity table.
  blocking: false,
  // One Action per custom phone provider (reference E.8).
  maxActions: 1,
  buildEvent: buildCustomPhoneProviderEvent,
  eventShape: CUSTOM_PHONE_PROVIDER_EVENT_SHAPE,
  eventProblem: phoneNotificationProblem,
  renderOverriddenEvent: renderOverriddenMessage,
  buildApi: buildCustomPhoneProviderApi,
  flowRules: freeze([notificationRule]),
  options: freeze({ actionErrors: actionErrorsOption }),
});
