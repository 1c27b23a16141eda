import { coreFilesInJestRegistry } from '../shared/library-files';
import { mockApi, matchers, createCache, mockEvent } from '@auth0-actions-mock/jest';

describe("setupFilesAfterEnv: ['@auth0-actions-mock/jest']", () => {
  test('extends the global expect', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('Too risky');
    expect(api).toHaveDenied('Too risky');
    expect(api).not.toRedirectTo();
  });

  test('re-exports core and its matchers', () => {
    expect(typeof createCache).toBe('function');
    expect(typeof mockEvent).toBe('function');
    expect(Object.keys(matchers).sort()).toEqual([
      'toHaveAddedScope',
      'toHaveCached',
      'toHaveCalledApi',
      'toHaveChallengedWith',
      'toHaveChallengedWithAny',
      'toHaveDenied',
      'toHaveDroppedNotification',
      'toHaveEnabledMultifactor',
      'toHaveEnrolledWith',
      'toHaveEnrolledWithAny',
      'toHaveRaisedValidationError',
      'toHaveRemovedScope',
      'toHaveRenderedPrompt',
      'toHaveRetriedNotification',
      'toHaveSetAccessTokenClaim',
      'toHaveSetAppMetadata',
      'toHaveSetIdTokenClaim',
      'toHaveSetPrimaryUser',
      'toHaveSetResultUrl',
      'toHaveSetTransactionMetadata',
      'toHaveSetUser',
      'toHaveSetUserMetadata',
      'toRedirectTo',
    ]);
  });
});

test('without the preset, Jest compiles core itself: its registry holds the runtime files', () => {
  expect(coreFilesInJestRegistry()).toEqual(expect.arrayContaining(['index.cjs', 'matchers.cjs', 'runtime.cjs']));
});
