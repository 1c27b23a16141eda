import { describe, expect, it } from 'vitest';
import { mockApi, mockEvent, recorded } from '../src/index.js';

describe('core entry', () => {
  it('builds an api that records a deny', () => {
    const api = mockApi('password-reset-post-challenge');
    expect(api.access.deny('Too risky')).toBeUndefined();
    expect(recorded(api).calls).toEqual([{ method: 'access.deny', args: ['Too risky'], at: expect.any(Number) }]);
  });

  it('builds the same event for the same seed', () => {
    expect(mockEvent('password-reset-post-challenge', {}, { seed: 7 })).toEqual(mockEvent('password-reset-post-challenge', {}, { seed: 7 }));
  });
});
