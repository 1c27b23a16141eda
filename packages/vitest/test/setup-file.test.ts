import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';

// This file imports nothing from the adapter: the matchers come from `setupFiles` alone.
describe("setupFiles: ['@auth0-actions-mock/vitest']", () => {
  test("extends vitest's expect without a global one", async () => {
    expect((globalThis as { expect?: unknown }).expect).toBeUndefined();
    const { mockApi } = await import('@auth0-actions-mock/core');
    const api = mockApi('password-reset-post-challenge');
    api.prompt.render('reset-reason', { vars: { email: 'ada@example.com' } });
    expect(api).toHaveRenderedPrompt('reset-reason', { vars: { email: expect.stringContaining('@') } });
    expect(api).not.toHaveDenied();
  });

  test('re-exports everything core exports, and the matchers', async () => {
    const adapter = await import('@auth0-actions-mock/vitest');
    const core = await import('@auth0-actions-mock/core');
    for (const name of Object.keys(core)) expect(adapter).toHaveProperty(name);
    expect(Object.keys(adapter.matchers)).toHaveLength(10);
  });

  test('the CommonJS build gives the building blocks and matchers without requiring vitest', () => {
    const required = createRequire(import.meta.url)('@auth0-actions-mock/vitest');
    expect(typeof required.mockApi).toBe('function');
    expect(Object.keys(required.matchers)).toHaveLength(10);
  });
});
