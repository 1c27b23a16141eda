// loadAction and loadTenant from the BUILT package under Jest's module registry: the Action file must still load
// as the runtime loads it (its own CommonJS instance, npm packages from the project), its console output must reach
// the simulation's logs, and a YAML export must load without `import()` (which Jest's CommonJS runtime refuses).
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { writeExport } = require('./support/write-export.cjs');
const { loadAction, loadTenant, simulate } = require('@auth0-actions-mock/core');

const fixtures = join(__dirname, '../test/deployed/fixtures');
const single = (name) => join(fixtures, 'single', name);
const SECRETS = { ALLOWLIST_TOKEN: 't', AUDIT_KEY: 'k' };

/** An Action whose module-level code logs: a test that expects no log proves that nothing of it ran. */
function action(name, trigger = 'pre-user-registration', dependencies = []) {
  const json = {
    name,
    code: `./actions/${name}/code.js`,
    runtime: 'node22',
    dependencies,
    secrets: [],
    supported_triggers: [{ id: trigger, version: 'v2' }],
  };
  return {
    [`actions/${name}.json`]: JSON.stringify(json),
    [`actions/${name}/code.js`]: `console.log('${name} loaded');\nexports.onExecutePreUserRegistration = async () => {};`,
  };
}

describe('loadAction under Jest', () => {
  test('runs the file with its module, logs captured, a fresh instance per load', async () => {
    const modules = { greeting: { file: single('greeting.js'), secrets: { PREFIX: 'hello' } } };
    const action = await loadAction(single('post-challenge.js'), { modules });
    const first = await simulate(action, {
      trigger: 'password-reset-post-challenge',
      event: { user: { email: 'ann@example.com' } },
    });
    expect(first.status).toBe('completed');
    expect(first.logs).toEqual(['[action-1] hello ann@example.com 1']);
    const again = await simulate(action, { trigger: 'password-reset-post-challenge' });
    expect(again.logs.join('\n')).toMatch(/ 2$/);
    const fresh = await simulate(await loadAction(single('post-challenge.js'), { modules }), {
      trigger: 'password-reset-post-challenge',
    });
    expect(fresh.logs.join('\n')).toMatch(/ 1$/);
  });

  test("npm packages come from Jest's registry, so jest.doMock reaches the Action", async () => {
    jest.doMock('disposable-domains', () => ['a', 'b', 'c'], { virtual: true });
    try {
      const result = await simulate(await loadAction(single('uses-npm.js')), { trigger: 'pre-user-registration' });
      // The fixture hashes the list's length: 3 is the mock's, 2 the installed package's.
      const sha = require('node:crypto').createHash('sha256').update('3').digest('hex').slice(0, 8);
      expect(result.user.user_metadata.hash).toBe(sha);
    } finally {
      jest.dontMock('disposable-domains');
      jest.resetModules();
    }
  });

  test("jest.spyOn(global, 'fetch') is what the Action calls, as in the runtime's own test harness", async () => {
    const fetch = jest.spyOn(global, 'fetch').mockResolvedValue({ json: async () => ({ score: 80 }) });
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

  test('an error thrown by module-level code fails every execution with that error', async () => {
    const action = await loadAction(single('throws-at-load.js'));
    for (let run = 0; run < 2; run += 1) {
      const result = await simulate(action, { trigger: 'pre-user-registration' });
      expect(result.status).toBe('failed');
      expect(result.error.message).toBe('CONFIG_URL is not set');
    }
  });

  test('refuses what the runtime refuses, before anything runs', async () => {
    await expect(loadAction(single('missing.js'))).rejects.toThrow(/missing\.js does not exist/);
    await expect(loadAction(fixtures)).rejects.toThrow(/is not a file/);
    await expect(loadAction(single('exports-string.js'))).rejects.toThrow('The Action must export an object.');
    await expect(loadAction(single('not-async.js'))).rejects.toThrow(
      'Invalid function signature for the "onExecutePreUserRegistration" handler.',
    );
    await expect(loadAction(single('action.ts'))).rejects.toThrow(/TypeScript.*compile it first/);
    await expect(loadAction(single('esm.js'))).rejects.toThrow(/CommonJS/);
  });

  test('simulate rejects a trigger the Action has no handler for', async () => {
    const action = await loadAction(single('uses-npm.js'));
    await expect(simulate(action, { trigger: 'post-change-password' })).rejects.toThrow(/onExecutePostChangePassword/);
  });
});

describe.each(['tenant-dir', 'tenant-yaml'])('loadTenant(%s) under Jest', (name) => {
  test('runs the tenant flow in order with its modules', async () => {
    const tenant = await loadTenant(join(fixtures, name));
    const flow = tenant.flow('pre-user-registration');
    expect(flow.map((module) => module.name)).toEqual(['block-disposable-emails', 'tag-region', 'audit-trail']);
    const result = await simulate(flow, {
      trigger: 'pre-user-registration',
      secrets: SECRETS,
      event: { user: { email: 'x@example.com' } },
    });
    expect(result.status).toBe('completed');
    expect(result.logs).toContain('[audit-trail] audit x@example.com via local rules');
    const denied = await simulate(flow, {
      trigger: 'pre-user-registration',
      secrets: SECRETS,
      event: { user: { email: 'x@mailinator.com' } },
    });
    expect(denied.status).toBe('denied');
    expect(denied.actions.map((a) => a.name)).toEqual(['block-disposable-emails']);
  });

  test('a missing declared secret rejects before any Action runs', async () => {
    const tenant = await loadTenant(join(fixtures, name));
    await expect(
      simulate(tenant.flow('password-reset-post-challenge'), { trigger: 'password-reset-post-challenge' }),
    ).rejects.toThrow(/"audit-trail" declares the secret AUDIT_KEY/);
  });
});

describe('loadTenant errors under Jest', () => {
  const bindings = (json) => ({ 'triggers/triggers.json': JSON.stringify(json) });

  test("a good export runs each Action's module-level code once, at load (the control for the cases below)", async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await loadTenant(
        writeExport({
          ...action('a'),
          ...action('b'),
          ...bindings({ 'pre-user-registration': [{ action_name: 'b' }] }),
        }),
      );
      expect(log.mock.calls).toEqual([['a loaded'], ['b loaded']]);
    } finally {
      log.mockRestore();
    }
  });

  test.each([
    ['a directory that does not exist', () => join(tmpdir(), 'no-such-export-dir'), /does not exist/],
    ['a directory that is not an export', () => writeExport({ 'README.md': 'x' }), /is not an auth0-deploy-cli export/],
    [
      'malformed JSON',
      () => writeExport({ ...action('a'), 'triggers/triggers.json': '{ "pre-user-registration": [' }),
      /triggers\/triggers\.json is not valid JSON/,
    ],
    [
      'malformed YAML',
      () => writeExport({ 'tenant.yaml': 'actions: [\n  - name: a' }),
      /tenant\.yaml is not valid YAML/,
    ],
    [
      'a binding to an absent Action',
      () => writeExport({ ...action('a'), ...bindings({ 'pre-user-registration': [{ action_name: 'b' }] }) }),
      /binds the Action "b", which the export does not contain/,
    ],
    [
      'a trigger the Action does not support',
      () =>
        writeExport({
          ...action('a', 'post-change-password'),
          ...bindings({ 'pre-user-registration': [{ action_name: 'a' }] }),
        }),
      /supports post-change-password, not pre-user-registration/,
    ],
    [
      "a later Action's dependency missing",
      () =>
        writeExport({
          ...action('a'),
          ...action('b', 'pre-user-registration', [{ name: 'left-pad-x', version: '1.3.0' }]),
        }),
      /"b" depends on left-pad-x@1\.3\.0, which the project does not have installed/,
    ],
    [
      'a module reference to an absent Action Module',
      () => {
        const files = action('b');
        const json = JSON.parse(files['actions/b.json']);
        files['actions/b.json'] = JSON.stringify({
          ...json,
          modules: [{ module_name: 'email-rules', module_version_number: 1 }],
        });
        return writeExport({ ...action('a'), ...files });
      },
      /the Action "b" uses the Action Module "email-rules" \(actions\/b\.json, modules\), which the export does not contain/,
    ],
    [
      "a later Action's syntax error",
      () =>
        writeExport({
          ...action('a'),
          ...action('b'),
          'actions/b/code.js': 'exports.onExecutePreUserRegistration = async () => {',
        }),
      /b[\\/]code\.js does not compile/,
    ],
  ])('%s is a clear error and runs no Action', async (_, make, message) => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await expect(loadTenant(make())).rejects.toThrow(message);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
