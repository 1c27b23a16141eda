// loadTenant and the `auth0-actions-mock` command from the packed core tarball: an auth0-deploy-cli export (both
// formats; YAML needs the `yaml` dependency the tarball declares) runs as one flow, and the bin the package manager
// linked runs an Action for a person and for a script (--json).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const TRIGGER = 'password-reset-post-challenge';
const SECRET = 'compat-verify-secret';
const RISKY = { user: { app_metadata: { risk: 'high' } } };

function cli(args) {
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'auth0-actions-mock');
  return spawnSync(bin, args, { cwd: __dirname, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
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
    const args = ['run', join(__dirname, 'action.cjs'), '--trigger', TRIGGER, '--secret', `VERIFY_SECRET=${SECRET}`, '--event', JSON.stringify(RISKY)];
    const human = cli(args);
    expect({ status: human.status, stderr: human.stderr }).toEqual({ status: 0, stderr: '' });
    expect(human.stdout).toContain("api.redirect.sendUserTo('https://verify.example.com/start'");
    expect(human.stdout).toMatch(/Status\s+redirected/);
    expect(human.stdout).not.toContain(SECRET);
    const json = cli([...args, '--json']);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ trigger: TRIGGER, status: 'redirected', event: { secrets: { VERIFY_SECRET: '[secret]' } } });
    const tenant = cli(['run', join(__dirname, 'tenant'), '--trigger', TRIGGER, '--secret', `VERIFY_SECRET=${SECRET}`, '--event', JSON.stringify(RISKY), '--json']);
    expect(JSON.parse(tenant.stdout)).toMatchObject({ status: 'denied', actions: [{ name: 'verify-risky-resets', logs: [expect.stringMatching(/^reset for /)] }] });
    expect(cli(['run', join(__dirname, 'action.cjs'), '--trigger', 'post-logn']).status).toBe(2);
  });
}

module.exports = { registerDeployedScenarios };
