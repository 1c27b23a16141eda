import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, recorded } from '../src/index.js';

describe('core entry', () => {
  it('builds an api that records a deny', () => {
    const api = mockApi('password-reset-post-challenge');
    expect(api.access.deny('Too risky')).toBeUndefined();
    expect(recorded(api).calls).toEqual([{ method: 'access.deny', args: ['Too risky'], at: expect.any(Number) }]);
  });

  it('builds the same event for the same seed and instant', () => {
    const now = Date.parse('2026-03-01T12:00:00.000Z');
    expect(mockEvent('password-reset-post-challenge', {}, { seed: 7, now })).toEqual(
      mockEvent('password-reset-post-challenge', {}, { seed: 7, now }),
    );
  });
});
