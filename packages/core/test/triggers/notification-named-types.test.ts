import { expectTypeOf, it } from 'vitest';
import { mockApi, mockEvent, simulate } from '../../src/index.js';
// The package entry: what `@auth0-actions-mock/jest` and `@auth0-actions-mock/vitest` re-export.
import type * as entry from '../../src/index.js';

// Compiled by `tsc -p tsconfig.json` (the checks are types); run by Vitest so the file is part of the suite.
it('exports the named event and api types of the three notification triggers, the same as EventOf / ApiOf', async () => {
  expectTypeOf<entry.SendPhoneMessageEvent>().toEqualTypeOf<entry.EventOf<'send-phone-message'>>();
  expectTypeOf<entry.SendPhoneMessageApi>().toEqualTypeOf<entry.ApiOf<'send-phone-message'>>();
  expectTypeOf<entry.CustomEmailProviderEvent>().toEqualTypeOf<entry.EventOf<'custom-email-provider'>>();
  expectTypeOf<entry.CustomEmailProviderApi>().toEqualTypeOf<entry.ApiOf<'custom-email-provider/v1'>>();
  expectTypeOf<entry.CustomPhoneProviderEvent>().toEqualTypeOf<entry.EventOf<'custom-phone-provider'>>();
  expectTypeOf<entry.CustomPhoneProviderApi>().toEqualTypeOf<entry.ApiOf<'custom-phone-provider'>>();

  expectTypeOf(mockEvent('send-phone-message').message_options).toEqualTypeOf<entry.SendPhoneMessageOptions>();
  expectTypeOf(mockEvent('custom-email-provider').notification).toEqualTypeOf<entry.CustomEmailNotification>();
  expectTypeOf(
    mockEvent('custom-email-provider').notification.message_type,
  ).toEqualTypeOf<entry.CustomEmailMessageType>();
  expectTypeOf(mockEvent('custom-phone-provider').notification).toEqualTypeOf<entry.CustomPhoneNotification>();
  expectTypeOf(
    mockEvent('custom-phone-provider').notification.message_type,
  ).toEqualTypeOf<entry.CustomPhoneMessageType>();
  expectTypeOf(mockApi('custom-phone-provider').notification.retry).parameters.toEqualTypeOf<[reason?: string]>();

  const sim = await simulate(
    { name: 'provider', onExecuteCustomEmailProvider: async () => {} },
    { trigger: 'custom-email-provider' },
  );
  expectTypeOf(sim.notification).toEqualTypeOf<
    { outcome: 'sent' | 'dropped' | 'retried-out'; attempts: number; reason?: string } | undefined
  >();
  // By name too, for a helper that takes the report.
  expectTypeOf(sim.notification).toEqualTypeOf<entry.NotificationReport | undefined>();
  expectTypeOf<
    NonNullable<entry.SimulateOptions<'custom-email-provider'>['actionErrors']>
  >().toEqualTypeOf<entry.NotificationActionErrors>();
});
