import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadAction, simulate } from '../../src/index.js';

const single = (name: string): string => join(__dirname, 'fixtures', 'single', name);

describe('loadAction', () => {
  it('loads a CommonJS Action with its module, whose actions.secrets are its own', async () => {
    const action = await loadAction(single('post-challenge.js'), {
      modules: { greeting: { file: single('greeting.js'), secrets: { PREFIX: 'hello' } } },
    });
    const result = await simulate(action, {
      trigger: 'password-reset-post-challenge',
      event: { user: { email: 'ann@example.com' } },
    });
    expect(result.status).toBe('completed');
    expect(result.logs.join('\n')).toContain('hello ann@example.com 1');
  });

  it('refuses an option it does not know, naming the one it takes', async () => {
    await expect(loadAction(single('post-challenge.js'), { modulez: {} } as never)).rejects.toThrow(
      /loadAction\(\).*modulez.*modules/s,
    );
  });

  it('gives each load a fresh instance whose module-level state persists across executions', async () => {
    const modules = { greeting: single('greeting.js') };
    const first = await loadAction(single('post-challenge.js'), { modules });
    await simulate(first, { trigger: 'password-reset-post-challenge' });
    const again = await simulate(first, { trigger: 'password-reset-post-challenge' });
    expect(again.logs.join('\n')).toMatch(/ 2$/);
    const fresh = await simulate(await loadAction(single('post-challenge.js'), { modules }), {
      trigger: 'password-reset-post-challenge',
    });
    expect(fresh.logs.join('\n')).toMatch(/ 1$/);
  });

  it('re-throws the module-level error on every execution', async () => {
    const action = await loadAction(single('throws-at-load.js'));
    for (let run = 0; run < 2; run += 1) {
      const result = await simulate(action, { trigger: 'pre-user-registration' });
      expect(result.status).toBe('failed');
      expect((result.error as Error).message).toBe('CONFIG_URL is not set');
    }
  });

  it("sees the test's globals: vi.spyOn(globalThis, 'fetch') is what the Action calls", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue({ json: async () => ({ score: 80 }) } as Response);
    try {
      const result = await simulate(await loadAction(single('uses-fetch.js')), {
        trigger: 'pre-user-registration',
        event: { user: { email: 'a@b.example' } },
      });
      expect(fetch).toHaveBeenCalledWith('https://risk.example/score?email=a%40b.example');
      expect(result.status).toBe('denied');
      expect(result.logs).toEqual(['[action-1] risk score 80']);
    } finally {
      fetch.mockRestore();
    }
  });

  it('resolves npm packages from the project and refuses what the runtime refuses', async () => {
    const result = await simulate(await loadAction(single('uses-npm.js')), { trigger: 'pre-user-registration' });
    expect(result.status).toBe('completed');
    await expect(loadAction(single('exports-string.js'))).rejects.toThrow('The Action must export an object.');
    await expect(loadAction(single('not-async.js'))).rejects.toThrow(
      'Invalid function signature for the "onExecutePreUserRegistration" handler.',
    );
    await expect(loadAction(single('action.ts'))).rejects.toThrow(/TypeScript.*compile it first/);
    await expect(loadAction(single('esm.js'))).rejects.toThrow(/CommonJS/);
    await expect(loadAction(single('missing.js'))).rejects.toThrow(/does not exist/);
    const relative = await simulate(await loadAction(single('relative-require.js')), {
      trigger: 'pre-user-registration',
    }).catch((e) => e);
    expect(String((relative as { error?: Error }).error ?? relative)).toMatch(/Cannot find module '\.\/greeting\.js'/);
    await expect(loadAction(single('post-challenge.js'))).resolves.toBeDefined();
  });

  it('gives an Action Module no other Action Module, as the runtime does not: the Action requires both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modules-'));
    const file = (name: string, code: string): string => {
      writeFileSync(join(dir, name), code);
      return join(dir, name);
    };
    const modules = {
      domains: file('domains.js', "exports.blocked = ['mailinator.com'];"),
      rules: file('rules.js', "const { blocked } = require('actions:domains'); exports.blocked = blocked;"),
    };
    const action = file(
      'action.js',
      "const rules = require('actions:rules'); exports.onExecutePreUserRegistration = async () => { rules.blocked; };",
    );
    const result = await simulate(await loadAction(action, { modules }), { trigger: 'pre-user-registration' });
    expect(result.status).toBe('failed');
    expect(String(result.error)).toContain(
      "Cannot find module 'actions:domains' required by the Action Module 'rules': an Action Module can depend on " +
        'npm packages, not on other Action Modules.',
    );
    expect((result.error as { code?: string }).code).toBe('MODULE_NOT_FOUND');
  });
});
