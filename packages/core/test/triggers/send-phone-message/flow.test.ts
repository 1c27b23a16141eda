import { describe, expect, it } from 'vitest';
import { mockApi, simulate, type SendPhoneMessageApi, type SendPhoneMessageEvent } from '../../../src/index.js';
import '../../matchers/vitest-runner.js';

const TRIGGER = 'send-phone-message';

type Handler = (event: SendPhoneMessageEvent, api: SendPhoneMessageApi) => Promise<void>;
const action = (onExecuteSendPhoneMessage: Handler) => ({ name: 'sms-gateway', onExecuteSendPhoneMessage });

describe('simulate(send-phone-message): the Action delivers the code (reference E.6)', () => {
  it('has the cache and nothing else in its api: nothing can deny', () => {
    expect(Object.keys(mockApi(TRIGGER))).toEqual(['cache']);
  });

  it('completes when the handler returns; what it returns is ignored', async () => {
    const sent: string[] = [];
    const sim = await simulate(
      {
        name: 'sms-gateway',
        onExecuteSendPhoneMessage: async (event: SendPhoneMessageEvent) => {
          sent.push(`${event.message_options.recipient}: ${event.message_options.text}`);
          return { MessageId: 'sns-123' } as never;
        },
      },
      {
        trigger: TRIGGER,
        event: { message_options: { recipient: '+12065550123', text: '123456 is your verification code for Acme.' } },
      },
    );
    expect(sim.status).toBe('completed');
    expect(sent).toEqual(['+12065550123: 123456 is your verification code for Acme.']);
    expect(sim.denial).toBeUndefined();
  });

  it("fails on the Action's error (the gateway refused): status 'failed', no denial", async () => {
    const sim = await simulate(
      action(async (_event, api) => {
        api.cache.set('last-attempt', 'now');
        throw new Error('Twilio returned 429');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe('Twilio returned 429');
    expect(sim.denial).toBeUndefined();
  });

  it('keeps a gateway token in the cache for the next message', async () => {
    const sim = await simulate(
      action(async (_event, api) => {
        if (!api.cache.get('gateway-token')) api.cache.set('gateway-token', 'tok_abc', { ttl: 60_000 });
      }),
      { trigger: TRIGGER },
    );
    expect(sim).toHaveCached('gateway-token', 'tok_abc');
  });

  it('takes one Action: the custom phone provider is one Action', async () => {
    await expect(simulate([action(async () => {}), action(async () => {})], { trigger: TRIGGER })).rejects.toThrow(
      'the most a tenant can bind to send-phone-message',
    );
  });

  it('refuses an Action module that exports no onExecuteSendPhoneMessage, naming it', async () => {
    await expect(simulate({ onExecuteCustomPhoneProvider: async () => {} }, { trigger: TRIGGER })).rejects.toThrow(
      'must be an Action module exporting onExecuteSendPhoneMessage for send-phone-message',
    );
  });
});
