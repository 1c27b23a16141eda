import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, simulate } from '../../src/index.js';
import { TRANSACTION_METADATA_TRIGGERS } from '../support/triggers-by-mechanism.js';
import { actionFor } from '../support/trigger-actions.js';
import '../matchers/vitest-runner.js';

type MetadataTrigger = 'post-login' | 'custom-token-exchange';
type Call = (api: ReturnType<typeof mockApi<MetadataTrigger>>) => void;

/** What else an Action of that trigger must do for its flow to complete. */
const COMPLETE: Record<MetadataTrigger, (api: any) => void> = {
  'post-login': () => {},
  'custom-token-exchange': (api) => api.authentication.setUserById('auth0|exchanged'),
};

describe.each(TRANSACTION_METADATA_TRIGGERS as readonly MetadataTrigger[])(
  'api.transaction.setMetadata of %s (reference D.10)',
  (trigger) => {
    it('mirrors each change into event.transaction.metadata at once, a fresh object each time; null removes a key', () => {
      const event = mockEvent(trigger);
      const api = mockApi(trigger, { event });
      expect(api.transaction.setMetadata('legacy_session', 'S-42')).toBeUndefined();
      const first = event.transaction?.metadata;
      api.transaction.setMetadata('risk', 3);
      api.transaction.setMetadata('migrated', true);
      api.transaction.setMetadata('legacy_session', null);
      expect(event.transaction?.metadata).toEqual({ risk: 3, migrated: true });
      expect(first).toEqual({ legacy_session: 'S-42' });
      expect(api).toHaveSetTransactionMetadata('legacy_session', null);
    });

    it.each<[string, Call, string]>([
      [
        'an empty key',
        (api) => api.transaction.setMetadata('', 'x'),
        'api.transaction.setMetadata(): key must be a non-empty string of at most 64 characters; received the string "".',
      ],
      [
        'a key of 65 characters',
        (api) => api.transaction.setMetadata('k'.repeat(65), 'x'),
        'key must be a non-empty string of at most 64 characters',
      ],
      [
        'an object',
        (api) => api.transaction.setMetadata('k', { nested: true } as never),
        'value must be a string, a boolean, a safe integer, or null (which removes the key); received an object.',
      ],
      [
        'a fraction',
        (api) => api.transaction.setMetadata('k', 1.5),
        'value must be a string, a boolean, a safe integer, or null',
      ],
      [
        'a value over 8 KB',
        (api) => api.transaction.setMetadata('k', 'v'.repeat(8193)),
        'value must be at most 8192 bytes (the transaction metadata limit); received a string of 8193 bytes.',
      ],
      [
        'a total over 16 KB',
        (api) => ['a', 'b', 'c'].forEach((key) => api.transaction.setMetadata(key, 'v'.repeat(8000))),
        'the transaction metadata must stay within 16384 bytes; with key "c" it would hold 24003.',
      ],
    ])('refuses %s, naming the limit, and the refused call counts for no matcher', (_, call, message) => {
      const event = mockEvent(trigger);
      const api = mockApi(trigger, { event });
      expect(() => call(api)).toThrow(message);
      expect(event.transaction?.metadata ?? {}).not.toHaveProperty('c');
      expect(api).not.toHaveSetTransactionMetadata('c');
    });

    it('counts multi-byte characters as the bytes they take', () => {
      const api = mockApi(trigger);
      expect(() => api.transaction.setMetadata('k', 'é'.repeat(4097))).toThrow('received a string of 8194 bytes.');
      expect(() => api.transaction.setMetadata('k', 'é'.repeat(4096))).not.toThrow();
    });

    it('is seen by the Action itself within a simulation, in the event it holds', async () => {
      const seen: unknown[] = [];
      const sim = await simulate(
        actionFor(trigger, 'tags', async (event, api) => {
          api.transaction.setMetadata('tagged', true);
          seen.push(event.transaction?.metadata);
          COMPLETE[trigger](api);
        }),
        { trigger },
      );
      expect(seen).toEqual([expect.objectContaining({ tagged: true })]);
      expect(sim).toHaveSetTransactionMetadata('tagged', true);
    });
  },
);
