import { describe, expect, it } from 'vitest';
import { assertBlockingCommands } from '../../src/simulation/flow.js';
import { TRIGGER_IDS, resolveTrigger } from '../../src/triggers/registry.js';

describe('the engine reads `blocking`', () => {
  it('refuses a rule that denies, pauses or redirects a non-blocking trigger', () => {
    const definition = { id: 'post-change-password', blocking: false };
    expect(() => assertBlockingCommands(definition, [{ kind: 'redirect', url: 'https://example.com' }])).toThrow(
      'The post-change-password trigger is non-blocking, so no Action can redirect its flow',
    );
    expect(() => assertBlockingCommands(definition, [{ kind: 'fail', error: new Error('x') }])).not.toThrow();
    expect(() =>
      assertBlockingCommands({ ...definition, blocking: true }, [{ kind: 'deny', denial: { method: 'access.deny' } }]),
    ).not.toThrow();
  });

  it.each(TRIGGER_IDS.map((id) => [id]))('%s: blocking as reference D.1 lists it', (id) => {
    const nonBlocking = [
      'post-user-registration',
      'post-change-password',
      'event-stream',
      'custom-email-provider',
      'custom-phone-provider',
    ];
    expect(resolveTrigger('test', id).blocking).toBe(!nonBlocking.includes(id));
  });
});
