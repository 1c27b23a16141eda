import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/index.js';
import { describeNonBlockingFlow } from '../non-blocking-flow.js';

describe('simulate(event-stream): one delivery to one Action destination', () => {
  it('takes exactly one Action, as one stream delivers to one Action', async () => {
    const one = { name: 'a', onExecuteEventStream: async () => {} };
    const two = { name: 'b', onExecuteEventStream: async () => {} };
    expect((await simulate(one, { trigger: 'event-stream' })).status).toBe('completed');
    await expect(simulate([one, two], { trigger: 'event-stream' })).rejects.toThrow(
      'simulate(): actions must be at most 1 Actions (the most a tenant can bind to event-stream)',
    );
  });
});

// The shared checks run on lone Actions here, since a stream has one destination.
describeNonBlockingFlow('event-stream', 'onExecuteEventStream', { maxActions: 1 });
