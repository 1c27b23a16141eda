import { describe, test, expect as vitestExpect } from 'vitest';
import { expect } from 'expect';
import { mockApi } from '../../src/index.js';
import { matchers } from '../../src/matchers.js';
import type { ActionMatchers } from '../../src/matchers.js';

// The standalone `expect` package (Jest's, without Jest) is what node:test and mocha users extend.
expect.extend(matchers);

type Extended = ActionMatchers<void> & { not: ActionMatchers<void> };
const expectApi = (value: unknown) => expect(value) as unknown as Extended;

describe('the standalone expect package', () => {
  test('runs the matchers, .not included', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('Too risky');
    expectApi(api).toHaveDenied('Too risky');
    expectApi(api).not.toHaveDenied('Fine');
    expectApi(api).toHaveDenied(expect.stringContaining('risky'));
  });

  test('fails with the message of the matcher', () => {
    const api = mockApi('password-reset-post-challenge');
    api.access.deny('Too risky');
    vitestExpect(() => expectApi(api).toHaveDenied('Fine')).toThrow(
      /Expected the Actions to have denied with:[\s\S]*1st denial: api\.access\.deny\("Too risky"\)/,
    );
  });
});
