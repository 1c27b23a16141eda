// loadTenant and the `auth0-actions-mock` command from the packed tarballs: an auth0-deploy-cli export (both formats;
// YAML needs the `yaml` dependency core's tarball declares) runs as one flow, and the bin the package manager linked
// runs an Action for a person and for a script (--json). The harness judges these tests by their names too: they
// must stay those listed in compat/lib/verdict.mjs (DEPLOYED_PASSING).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { delimiter, dirname, join } = require('node:path');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'compat-verify-secret';
const RISKY = { user: { app_metadata: { risk: 'high' } } };

/**
 * Runs the linked bin as a user's shell does. Its `#!/usr/bin/env node` (npm's symlink, pnpm's shell shim) takes the
 * first `node` on PATH, so the Node running this test goes first: on a @node22/@node24 rerun the CLI runs on that
 * Node, not on the machine's default one.
 */
function cli(args) {
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'auth0-actions-mock');
  if (!existsSync(bin)) throw new Error(`the package manager linked no auth0-actions-mock bin: ${bin} is missing`);
  const PATH = [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter);
  const result = spawnSync(bin, args, {
    cwd: __dirname,
    encoding: 'utf8',
    env: { ...process.env, PATH, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return result;
}

/** The --json report of a run that must succeed; a failed run shows its own stderr, not a JSON parse error. */
function cliJson(args) {
  const result = cli([...args, '--json']);
  if (result.status !== 0)
    throw new Error(`auth0-actions-mock ${args.join(' ')} --json exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

function registerDeployedScenarios({ test, expect, library }) {
  test('loadTenant: an export in either format runs as one flow', async () => {
    for (const location of [join(__dirname, 'tenant'), join(__dirname, 'tenant-yaml', 'tenant.yaml')]) {
      const tenant = await library.loadTenant(location);
      const flow = tenant.flow(TRIGGER);
      const sim = await library.simulate(flow, { trigger: TRIGGER, secrets: { VERIFY_SECRET: SECRET }, event: RISKY });
      expect(sim).toHaveDenied('Resets of risky accounts need support.');
      await expect(library.simulate(flow, { trigger: TRIGGER })).rejects.toThrow(/declares the secret VERIFY_SECRET/);
    }
  });

  test('auth0-actions-mock run: the bin from the tarball, for a person and with --json', () => {
    const args = [
      'run',
      join(__dirname, 'action.cjs'),
      '--trigger',
      TRIGGER,
      '--secret',
      `VERIFY_SECRET=${SECRET}`,
      '--event',
      JSON.stringify(RISKY),
    ];
    const human = cli(args);
    expect({ status: human.status, stderr: human.stderr }).toEqual({ status: 0, stderr: '' });
    expect(human.stdout).toContain("api.redirect.sendUserTo('https://verify.example.com/start'");
    expect(human.stdout).toMatch(/Status\s+redirected/);
    expect(human.stdout).not.toContain(SECRET);
    expect(cliJson(args)).toMatchObject({
      trigger: TRIGGER,
      status: 'redirected',
      event: { secrets: { VERIFY_SECRET: '[secret]' } },
    });
    const tenant = cliJson([
      'run',
      join(__dirname, 'tenant'),
      '--trigger',
      TRIGGER,
      '--secret',
      `VERIFY_SECRET=${SECRET}`,
      '--event',
      JSON.stringify(RISKY),
    ]);
    expect(tenant).toMatchObject({
      status: 'denied',
      actions: [{ name: 'verify-risky-resets', logs: [expect.stringMatching(/^reset for /)] }],
    });
    expect(cli(['run', join(__dirname, 'action.cjs'), '--trigger', 'post-logn']).status).toBe(2);
  });

  test('auth0-actions-mock run: the command runs on the Node that runs the tests', () => {
    const report = cliJson(['run', join(__dirname, 'node-version.cjs'), '--trigger', TRIGGER]);
    expect(report.actions.map((action) => action.logs)).toEqual([[`node ${process.version}`]]);
  });
}

module.exports = { registerDeployedScenarios };
