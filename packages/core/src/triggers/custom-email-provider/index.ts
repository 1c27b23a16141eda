import type { TriggerDefinition } from '../definition.js';
import { freeze } from '../../util/intrinsics.js';
import type { NotificationReport } from '../../mechanisms/notification/notification-rule.js';
import { notificationRule } from '../../mechanisms/notification/notification-rule.js';
import {
  actionErrorsOption,
  type NotificationActionErrors,
} from '../../mechanisms/notification/action-errors-option.js';
import { buildCustomEmailProviderApi, type CustomEmailProviderApi } from './api.js';
import { buildCustomEmailProviderEvent } from './event.js';
import { CUSTOM_EMAIL_PROVIDER_EVENT_SHAPE } from './event-shape.js';
import { renderOverriddenEmail } from './messages.js';
import type {
  CustomEmailMessageType,
  CustomEmailNotification,
  CustomEmailProviderEvent,
  CustomEmailProviderRequest,
  CustomEmailProviderUser,
} from './event-types.js';

export type {
  CustomEmailMessageType,
  CustomEmailNotification,
  CustomEmailProviderApi,
  CustomEmailProviderEvent,
  CustomEmailProviderRequest,
  CustomEmailProviderUser,
};

/** The trigger's types, by role: the registry maps its id to these. */
export interface CustomEmailProviderTypes {
  event: CustomEmailProviderEvent;
  api: CustomEmailProviderApi;
  simulation: { notification?: NotificationReport };
  options: {};
  flowOptions: {
    /** An Action that throws: `'fail'` (the default: status `'failed'`), or taken as a `'retry'` or a `'drop'`. */
    actionErrors?: NotificationActionErrors;
  };
}

export const definition: TriggerDefinition<CustomEmailProviderEvent, CustomEmailProviderApi> = freeze({
  id: 'custom-email-provider',
  version: 'v1',
  handlers: freeze({ execute: 'onExecuteCustomEmailProvider' }),
  // Delivery is queued (a retry runs minutes later): the user's request does not wait for it. UNVERIFIED
  // (reference E.7): the README's fidelity table.
  blocking: false,
  // At most one Action can be bound to the trigger (reference E.7).
  maxActions: 1,
  buildEvent: buildCustomEmailProviderEvent,
  eventShape: CUSTOM_EMAIL_PROVIDER_EVENT_SHAPE,
  renderOverriddenEvent: renderOverriddenEmail,
  buildApi: buildCustomEmailProviderApi,
  flowRules: freeze([notificationRule]),
  options: freeze({ actionErrors: actionErrorsOption }),
});
