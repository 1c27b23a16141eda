import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadTenant, simulate } from '../../src/index.js';

const fixture = (name: string): string => join(__dirname, 'fixtures', name);

function writeExport(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tenant-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const action = (name: string, trigger = 'pre-user-registration', extra = ''): Record<string, string> => ({
  [`actions/${name}.json`]: JSON.stringify({
    name,
    code: `./actions/${name}/code.js`,
    runtime: 'node22',
    dependencies: [],
    secrets: [],
    supported_triggers: [{ id: trigger, version: 'v2' }],
    ...(extra ? JSON.parse(extra) : {}),
  }),
  [`actions/${name}/code.js`]: 'exports.onExecutePreUserRegistration = async () => {};',
});

describe.each(['tenant-dir', 'tenant-yaml'])('loadTenant(%s)', (name) => {
  it('runs the flow in order, with modules and the test-given secrets', async () => {
    const tenant = await loadTenant(fixture(name));
    expect(tenant.flow('pre-user-registration').map((module) => module.name)).toEqual([
      'block-disposable-emails',
      'tag-region',
      'audit-trail',
    ]);
    expect(() => tenant.flow(42 as never)).toThrow(
      /tenant\.flow\(\): trigger must be a trigger id such as 'post-login'; received the number 42/,
    );
    expect(tenant.actions.find((a) => a.name === 'audit-trail')).toMatchObject({
      boundTo: ['pre-user-registration', 'password-reset-post-challenge'],
      secretNames: ['AUDIT_KEY'],
      runtime: 'node18',
    });
    const result = await simulate(tenant.flow('pre-user-registration'), {
      trigger: 'pre-user-registration',
      secrets: { ALLOWLIST_TOKEN: 't', AUDIT_KEY: 'k' },
      event: { user: { email: 'x@example.com' } },
    });
    expect(result.status).toBe('completed');
    expect(result.logs.join('\n')).toContain('audit x@example.com via local rules');
    const denied = await simulate(tenant.flow('pre-user-registration'), {
      trigger: 'pre-user-registration',
      secrets: { ALLOWLIST_TOKEN: 't', AUDIT_KEY: 'k' },
      event: { user: { email: 'x@mailinator.com' } },
    });
    expect(denied.status).toBe('denied');
    expect(denied.actions.map((a) => a.name)).toEqual(['block-disposable-emails']);
  });

  it('rejects a flow missing a declared secret, naming the Action and the secret', async () => {
    const tenant = await loadTenant(fixture(name));
    await expect(
      simulate(tenant.flow('password-reset-post-challenge'), { trigger: 'password-reset-post-challenge' }),
    ).rejects.toThrow(/"audit-trail" declares the secret AUDIT_KEY/);
    expect(() => tenant.flow('post-change-password')).toThrow(/binds no Action to post-change-password/);
  });
});

describe('loadTenant errors', () => {
  it('names what is wrong', async () => {
    await expect(loadTenant(writeExport({ 'README.md': 'x' }))).rejects.toThrow(
      /is not an auth0-deploy-cli export: .* Export one with: a0deploy export/,
    );
    const project = writeExport({
      'package.json': '{}',
      ...Object.fromEntries(Object.entries(action('a')).map(([path, text]) => [`tenant/${path}`, text])),
    });
    await expect(loadTenant(project)).rejects.toThrow(`It holds one: ${join(project, 'tenant')}; give that path.`);
    await expect(loadTenant(join(tmpdir(), 'no-such-export-dir'))).rejects.toThrow(/does not exist/);
    await expect(
      loadTenant(writeExport({ ...action('a'), 'triggers/triggers.json': '{ "pre-user-registration": [' })),
    ).rejects.toThrow(/triggers\/triggers.json is not valid JSON/);
    await expect(loadTenant(writeExport({ 'tenant.yaml': 'actions: [\n  - name: a' }))).rejects.toThrow(
      /tenant.yaml is not valid YAML/,
    );
    await expect(
      loadTenant(
        writeExport({
          ...action('a'),
          'triggers/triggers.json': '{ "pre-user-registration": [{ "action_name": "b" }] }',
        }),
      ),
    ).rejects.toThrow(/binds the Action "b", which the export does not contain/);
    await expect(
      loadTenant(
        writeExport({
          ...action('a', 'post-change-password'),
          'triggers/triggers.json': '{ "pre-user-registration": [{ "action_name": "a" }] }',
        }),
      ),
    ).rejects.toThrow(/supports post-change-password, not pre-user-registration/);
    await expect(
      loadTenant(
        writeExport(action('a', 'pre-user-registration', '{"dependencies":[{"name":"left-pad-x","version":"1.3.0"}]}')),
      ),
    ).rejects.toThrow(/left-pad-x@1.3.0, which the project does not have installed/);
    await expect(
      loadTenant(
        writeExport({
          ...action('a', 'pre-user-registration', '{"dependencies":[{"name":"dep","version":"1.3.0"}]}'),
          'node_modules/dep/package.json': '{"version":"1.2.0"}',
        }),
      ),
    ).rejects.toThrow(/dep@1.3.0, but the project has dep@1.2.0/);
  });

  it("refuses an Action beyond Auth0's limits: 10 npm dependencies, 30 secrets", async () => {
    const many = (count: number, item: (index: number) => object): string =>
      JSON.stringify(Array.from({ length: count }, (_, index) => item(index)));
    const packages = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [`node_modules/dep-${index}/package.json`, '{"version":"1.0.0"}']),
    );
    const deps = (count: number): string =>
      `{"dependencies": ${many(count, (index) => ({ name: `dep-${index}`, version: '1.0.0' }))}}`;
    await expect(
      loadTenant(writeExport({ ...packages, ...action('a', 'pre-user-registration', deps(10)) })),
    ).resolves.toBeDefined();
    await expect(
      loadTenant(writeExport({ ...packages, ...action('a', 'pre-user-registration', deps(11)) })),
    ).rejects.toThrow(
      'loadTenant(): the Action "a" declares 11 npm dependencies (actions/a.json, dependencies); an Action may have ' +
        "at most 10 (Auth0's Actions limitations), so the tenant would refuse it.",
    );
    const secrets = `{"secrets": ${many(31, (index) => ({ name: `S${index}` }))}}`;
    await expect(loadTenant(writeExport(action('a', 'pre-user-registration', secrets)))).rejects.toThrow(
      /declares 31 secrets \(actions\/a\.json, secrets\); an Action may have at most 30/,
    );
  });

  it('refuses a bound Action whose export says deployed: false, unless runUndeployed; an unbound one loads', async () => {
    const undeployed = (bound: boolean): string =>
      writeExport({
        ...action('a'),
        ...action('draft', 'pre-user-registration', '{"deployed": false}'),
        'triggers/triggers.json': JSON.stringify({
          'pre-user-registration': [{ action_name: 'a' }, ...(bound ? [{ action_name: 'draft' }] : [])],
        }),
      });
    await expect(loadTenant(undeployed(true))).rejects.toThrow(
      'loadTenant(): the pre-user-registration flow binds the Action "draft", whose export says deployed: false ' +
        '(actions/draft.json): its code has changes that are not deployed, and the flow runs the deployed version. ' +
        'Deploy the Action in Auth0 and export again, or pass { runUndeployed: true }',
    );
    const tenant = await loadTenant(undeployed(true), { runUndeployed: true });
    expect(tenant.flow('pre-user-registration').map((module) => module.name)).toEqual(['a', 'draft']);
    expect(tenant.actions.find((described) => described.name === 'draft')?.deployed).toBe(false);
    const unbound = await loadTenant(undeployed(false));
    expect(unbound.flow('pre-user-registration').map((module) => module.name)).toEqual(['a']);
    await expect(loadTenant(undeployed(true), { runUndeployed: 'yes' } as never)).rejects.toThrow(
      /loadTenant\(\): options\.runUndeployed must be true or false; received the string "yes"/,
    );
    await expect(loadTenant(undeployed(true), { runUndeploy: true } as never)).rejects.toThrow(
      /options\.runUndeploy must be a known option \(runUndeployed\).*Did you mean runUndeployed\?/,
    );
    await expect(loadTenant(undeployed(true), 'run' as never)).rejects.toThrow(
      /loadTenant\(\): options must be an object like \{ runUndeployed: true \}/,
    );
  });

  it("checks each Action's module references against the export's Action Modules, by name and version", async () => {
    const module = (latest: number): Record<string, string> => ({
      'action-modules/email-rules.json': JSON.stringify({
        name: 'email-rules',
        code: './action-modules/email-rules/code.js',
        dependencies: [],
        secrets: [],
        latest_version_number: latest,
      }),
      'action-modules/email-rules/code.js': "exports.blocked = () => 'blocked.example';",
    });
    const uses = (name: string, version: number): string =>
      JSON.stringify({ modules: [{ module_name: name, module_version_number: version }] });
    const requiring = (name: string): Record<string, string> => ({
      [`actions/${name}/code.js`]:
        "const rules = require('actions:email-rules'); exports.onExecutePreUserRegistration = async (event, api) => { api.user.setUserMetadata('blocked', rules.blocked()); };",
    });
    const bound = { 'triggers/triggers.json': '{ "pre-user-registration": [{ "action_name": "a" }] }' };

    const tenant = await loadTenant(
      writeExport({
        ...module(2),
        ...action('a', 'pre-user-registration', uses('email-rules', 2)),
        ...requiring('a'),
        ...bound,
      }),
    );
    expect(
      (await simulate(tenant.flow('pre-user-registration'), { trigger: 'pre-user-registration' })).user?.user_metadata,
    ).toMatchObject({ blocked: 'blocked.example' });

    await expect(
      loadTenant(
        writeExport({ ...module(2), ...action('a', 'pre-user-registration', uses('email-rule', 2)), ...bound }),
      ),
    ).rejects.toThrow(
      'loadTenant(): the Action "a" uses the Action Module "email-rule" (actions/a.json, modules), which the export does not contain (its Action Modules: email-rules). Did you mean "email-rules"?',
    );
    await expect(
      loadTenant(
        writeExport({ ...module(3), ...action('a', 'pre-user-registration', uses('email-rules', 2)), ...bound }),
      ),
    ).rejects.toThrow(
      /the Action "a" uses version 2 of the Action Module "email-rules", but the export holds the code of version 3 .* Update the Action to version 3/,
    );

    // The runtime gives an Action only the modules it lists: requiring another fails the Action as the runtime would.
    const unlisted = await loadTenant(writeExport({ ...module(2), ...action('a'), ...requiring('a'), ...bound }));
    const failed = await simulate(unlisted.flow('pre-user-registration'), { trigger: 'pre-user-registration' });
    expect(failed.status).toBe('failed');
    expect((failed.error as Error).message).toBe(
      'Cannot find module \'actions:email-rules\': the Action "a" does not list that Action Module in its modules (actions/a.json, modules: none); ' +
        'the runtime gives an Action only the modules it lists. Add it to the Action in Auth0, then export again.',
    );
  });

  it('loads an Action whose secrets auth0-deploy-cli wrote as one keyword marker (names unknown, none required)', async () => {
    const tenant = await loadTenant(
      writeExport({
        ...action('a', 'pre-user-registration', '{"secrets":"@@A_SECRETS@@"}'),
        'triggers/triggers.json': '{ "pre-user-registration": [{ "action_name": "a" }] }',
      }),
    );
    expect(tenant.actions[0]?.secretNames).toEqual([]);
    expect((await simulate(tenant.flow('pre-user-registration'), { trigger: 'pre-user-registration' })).status).toBe(
      'completed',
    );
  });

  it("runs no Action's module-level code when a later Action cannot load", async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const first = {
        ...action('a'),
        'actions/a/code.js': "console.log('a loaded'); exports.onExecutePreUserRegistration = async () => {};",
      };
      await expect(
        loadTenant(
          writeExport({
            ...first,
            ...action('b', 'pre-user-registration', '{"dependencies":[{"name":"left-pad-x","version":"1.3.0"}]}'),
          }),
        ),
      ).rejects.toThrow(/"b" depends on left-pad-x/);
      expect(log).not.toHaveBeenCalled();
      await loadTenant(writeExport(first));
      expect(log).toHaveBeenCalledWith('a loaded');
    } finally {
      log.mockRestore();
    }
  });
});
