// `auth0-actions-mock run`, run as users run it: the built bin in a process of its own. The report for a person is
// a snapshot (fixed seed and clock, no colours, times and paths masked); the --json document is parsed.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { writeExport } = require('./support/write-export.cjs');

const core = join(__dirname, '..');
const bin = join(core, require(join(core, 'package.json')).bin['auth0-actions-mock']);
const fixtures = join(core, 'test/cli/fixtures');
const tenants = join(core, 'test/deployed/fixtures');
const FIXED = ['--seed', '7', '--now', '2026-01-15T09:30:00Z'];
const RISKY = JSON.stringify({
  authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score: 80 } } } } },
});
const SIGNING_KEY = 's3cr3t-signing-key';

function cli(args, env = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: core,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What changes from one machine or run to the next: the checkout's path and the wall-clock time of each Action. */
function stable(text) {
  return text
    .split(core)
    .join('<core>')
    .replace(/ · \d+(\.\d+)? ms/g, ' · <ms> ms');
}

/** The printed event, parsed; the report with the event's block left out (the event builders own its shape). */
function splitEvent(text) {
  const match = /^(Event .*\n)((?: {2}.*\n)+)\n/.exec(text);
  if (!match) throw new Error(`no event block in:\n${text}`);
  return {
    event: JSON.parse(match[2]),
    rest: `${match[1]}  <the event, as --json prints it>\n\n${text.slice(match[0].length)}`,
  };
}

function exportedAction(name, trigger = 'pre-user-registration', extra = {}) {
  const json = {
    ...extra,
    name,
    code: `./actions/${name}/code.js`,
    runtime: 'node22',
    dependencies: [],
    secrets: [],
    supported_triggers: [{ id: trigger, version: 'v2' }],
  };
  return {
    [`actions/${name}.json`]: JSON.stringify(json, null, 2),
    [`actions/${name}/code.js`]: `console.log('${name} HALF-RUN');\nexports.onExecutePreUserRegistration = async () => {};`,
  };
}

const bound = (bindings) => ({ 'triggers/triggers.json': JSON.stringify(bindings) });

/** An export binding an Action whose changes are not deployed (`deployed: false`, as auth0-deploy-cli writes it). */
const undeployedExport = () =>
  writeExport({
    ...exportedAction('draft', 'pre-user-registration', { deployed: false }),
    ...bound({ 'pre-user-registration': [{ action_name: 'draft' }] }),
  });

function json(args) {
  const result = cli([...args, '--json']);
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}

describe('auth0-actions-mock run: the report for a person', () => {
  test('a redirect: the event, each api command, the logs, the redirect URL, secrets and tokens hidden', () => {
    const { code, stdout, stderr } = cli([
      'run',
      join(fixtures, 'verify-identity.js'),
      '--trigger',
      'password-reset-post-challenge',
      ...FIXED,
      '--secret',
      `REDIRECT_SECRET=${SIGNING_KEY}`,
      '--event',
      RISKY,
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).not.toContain(SIGNING_KEY);
    const { event, rest } = splitEvent(stable(stdout));
    expect(event).toEqual(
      json([
        'run',
        join(fixtures, 'verify-identity.js'),
        '--trigger',
        'password-reset-post-challenge',
        ...FIXED,
        '--secret',
        `REDIRECT_SECRET=${SIGNING_KEY}`,
        '--event',
        RISKY,
      ]).report.event,
    );
    expect(event).toMatchObject({
      secrets: { REDIRECT_SECRET: '[secret]' },
      authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score: 80 } } } } },
    });
    expect(rest).toMatchSnapshot();
  });

  test('a challenge pending after a post-login Action', () => {
    const { code, stdout } = cli([
      'run',
      join(fixtures, 'admin-mfa.js'),
      '--trigger',
      'post-login',
      ...FIXED,
      '--event',
      '{"authorization":{"roles":["admin"]}}',
    ]);
    expect(code).toBe(0);
    expect(splitEvent(stable(stdout)).rest).toMatchSnapshot();
  });

  test('an Action that throws: its error with the stack of its own code, exit status 1', () => {
    const { code, stdout } = cli([
      'run',
      join(fixtures, 'lookup-fails.js'),
      '--trigger',
      'pre-user-registration',
      ...FIXED,
    ]);
    expect(code).toBe(1);
    expect(stable(stdout).slice(stable(stdout).indexOf('\nlookup-fails'))).toMatchSnapshot();
  });

  test("a tenant export's flow for one trigger, denied by its first Action (exit status 0: the flow decided)", () => {
    const { code, stdout } = cli([
      'run',
      join(tenants, 'tenant-dir'),
      '--trigger',
      'pre-user-registration',
      ...FIXED,
      '--secret',
      'ALLOWLIST_TOKEN=t0ken',
      '--secret',
      'AUDIT_KEY=k3y',
      '--event',
      '{"user":{"email":"ann@mailinator.com"}}',
    ]);
    expect(code).toBe(0);
    expect(stable(stdout).slice(stable(stdout).indexOf('\nblock-disposable-emails'))).toMatchSnapshot();
  });

  test('colours only when asked or on a terminal: FORCE_COLOR=1 colours, NO_COLOR=1 (and a pipe) does not', () => {
    const args = ['run', join(fixtures, 'admin-mfa.js'), '--trigger', 'post-login'];
    expect(cli(args, { FORCE_COLOR: '1' }).stdout).toContain('\u001B[');
    expect(cli(args, { NO_COLOR: '1' }).stdout).not.toContain('\u001B[');
    expect(cli(args).stdout).not.toContain('\u001B[');
  });
});

describe('auth0-actions-mock run --json: one JSON document', () => {
  test('the shape API.md gives, secrets redacted', () => {
    const { code, report } = json([
      'run',
      join(fixtures, 'verify-identity.js'),
      '--trigger',
      'password-reset-post-challenge',
      ...FIXED,
      '--secret',
      `REDIRECT_SECRET=${SIGNING_KEY}`,
      '--event',
      RISKY,
    ]);
    expect(code).toBe(0);
    expect(JSON.stringify(report)).not.toContain(SIGNING_KEY);
    expect(report).toMatchObject({
      trigger: 'password-reset-post-challenge',
      status: 'redirected',
      event: {
        secrets: { REDIRECT_SECRET: '[secret]' },
        authentication: { riskAssessment: { supplemental: { akamai: { akamaiUserRisk: { score: 80 } } } } },
      },
      actions: [
        {
          name: 'verify-identity',
          handler: 'onExecutePostChallenge',
          calls: [
            {
              method: 'redirect.encodeToken',
              args: [{ secret: '[secret]', payload: { userId: report.event.user.user_id } }],
            },
            {
              method: 'redirect.sendUserTo',
              args: ['https://verify.example.com/identity', { query: { session_token: '[session token]' } }],
            },
          ],
          logs: ['risk score 80, key [secret]'],
          ms: expect.any(Number),
        },
      ],
      redirect: {
        url: expect.stringMatching(
          /^https:\/\/verify\.example\.com\/identity\?session_token=\[session token\]&state=\w+$/,
        ),
        state: expect.any(String),
      },
    });
  });

  test('a completed post-login flow reports the tokens; a challenge is reported while pending', () => {
    const completed = json([
      'run',
      join(fixtures, 'admin-mfa.js'),
      '--trigger',
      'post-login',
      '--event',
      '{"authorization":{"roles":["reader"]}}',
    ]);
    expect(completed.code).toBe(0);
    expect(completed.report.status).toBe('completed');
    expect(completed.report.idToken).toMatchObject({ 'https://example.com/roles': ['reader'] });
    const challenged = json([
      'run',
      join(fixtures, 'admin-mfa.js'),
      '--trigger',
      'post-login',
      '--event',
      '{"authorization":{"roles":["admin"]}}',
    ]);
    expect(challenged.report).toMatchObject({
      status: 'challenged',
      challenge: { action: 'admin-mfa', method: 'challengeWith', factors: [{ type: 'otp' }] },
    });
  });

  test('a failed Action: its error with name, message and stack; exit status 1', () => {
    const { code, report } = json(['run', join(fixtures, 'lookup-fails.js'), '--trigger', 'pre-user-registration']);
    expect(code).toBe(1);
    expect(report.status).toBe('failed');
    expect(report.actions[0].error).toEqual({
      name: 'Error',
      message: expect.stringMatching(/^profile service unavailable for /),
      stack: expect.stringMatching(
        /^at fetchProfile \(.*lookup-fails\.js:3:9\)\nat exports\.onExecutePreUserRegistration/,
      ),
    });
    expect(report.actions[0].logs).toEqual(['looking up the profile']);
  });

  test('module-level output is reported as loadLogs, never mixed into the document; a timer left open does not keep the command running', () => {
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [bin, 'run', join(fixtures, 'chatty-load.js'), '--trigger', 'post-login', '--json'],
      { cwd: core, encoding: 'utf8', timeout: 20_000 },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      status: 'completed',
      loadLogs: ['loading the rules'],
      idToken: { 'https://example.com/loaded': true },
    });
    expect(report.actions[0].logs).toEqual([]);
    expect(cli(['run', join(fixtures, 'chatty-load.js'), '--trigger', 'post-login']).stdout).toMatch(
      /\nLoading \(module-level code\)\n {2}log loading the rules\n/,
    );
  });

  test('an argument error is still one JSON document, with exit status 2', () => {
    const { code, report } = json(['run', join(fixtures, 'admin-mfa.js'), '--trigger', 'post-logn']);
    expect(code).toBe(2);
    expect(report).toEqual({
      error: { name: 'UsageError', message: expect.stringContaining('Did you mean post-login?') },
    });
  });
});

describe('auth0-actions-mock: bad input says what to do and runs nothing', () => {
  const MFA = join(fixtures, 'admin-mfa.js');
  test.each([
    [
      'an unknown trigger',
      ['run', MFA, '--trigger', 'post-logn'],
      /--trigger post-logn is not a trigger this library knows\. Did you mean post-login\?/,
    ],
    ['no trigger', ['run', MFA], /--trigger is required/],
    [
      'an unknown option',
      ['run', MFA, '--trigger', 'post-login', '--tirgger', 'x'],
      /Unknown option '--tirgger'\. Did you mean --trigger\?/,
    ],
    [
      'a file that does not exist',
      ['run', join(fixtures, 'nope.js'), '--trigger', 'post-login'],
      /nope\.js does not exist/,
    ],
    [
      'a TypeScript file',
      ['run', join(fixtures, 'typed.ts'), '--trigger', 'post-login'],
      /is TypeScript\. The Actions runtime runs JavaScript only, so compile it first/,
    ],
    [
      'a trigger the Action has no handler for',
      ['run', MFA, '--trigger', 'pre-user-registration'],
      /admin-mfa\.js exports no onExecutePreUserRegistration .*it is an Action for post-login \(--trigger post-login\)/,
    ],
    [
      'a directory that is not an export',
      ['run', fixtures, '--trigger', 'post-login'],
      /is not an auth0-deploy-cli export/,
    ],
    [
      'a trigger the export binds nothing to',
      ['run', join(tenants, 'tenant-yaml'), '--trigger', 'post-login'],
      /binds no Action to post-login/,
    ],
    [
      'a tenant secret the command line does not give',
      ['run', join(tenants, 'tenant-dir'), '--trigger', 'pre-user-registration'],
      /"block-disposable-emails" declares the secret ALLOWLIST_TOKEN.*--secret ALLOWLIST_TOKEN=<value>/,
    ],
    [
      'malformed --event JSON',
      ['run', MFA, '--trigger', 'post-login', '--event', '{bad'],
      /--event \(inline\) is not valid JSON/,
    ],
    [
      'a --secret without a name, its value never echoed',
      ['run', MFA, '--trigger', 'post-login', '--secret', '=hunter2'],
      /--secret takes NAME=value/,
    ],
    [
      'a --secret NAME with no such environment variable',
      ['run', MFA, '--trigger', 'post-login', '--secret', 'HUNTER_KEY'],
      /--secret HUNTER_KEY has no value, and no environment variable HUNTER_KEY is set/,
    ],
    [
      'an export whose trigger binds an Action it does not hold',
      [
        'run',
        writeExport({ ...exportedAction('a'), ...bound({ 'pre-user-registration': [{ action_name: 'b' }] }) }),
        '--trigger',
        'pre-user-registration',
      ],
      /binds the Action "b", which the export does not contain/,
    ],
    [
      'an export binding an Action to a trigger it does not support',
      [
        'run',
        writeExport({
          ...exportedAction('a', 'post-change-password'),
          ...bound({ 'pre-user-registration': [{ action_name: 'a' }] }),
        }),
        '--trigger',
        'pre-user-registration',
      ],
      /supports post-change-password, not pre-user-registration/,
    ],
    [
      "an export's malformed JSON",
      [
        'run',
        writeExport({ ...exportedAction('a'), 'triggers/triggers.json': '{ "pre-user-registration": [' }),
        '--trigger',
        'pre-user-registration',
      ],
      /triggers\/triggers\.json is not valid JSON/,
    ],
    [
      "an export's malformed YAML",
      ['run', writeExport({ 'tenant.yaml': 'actions: [\n  - name: a' }), '--trigger', 'pre-user-registration'],
      /tenant\.yaml is not valid YAML/,
    ],
    [
      'an export binding an Action whose changes are not deployed',
      ['run', undeployedExport(), '--trigger', 'pre-user-registration'],
      /binds the Action "draft", whose export says deployed: false .*the flow runs the deployed version\. .*--run-undeployed/,
    ],
    [
      '--run-undeployed on an Action file',
      ['run', MFA, '--trigger', 'post-login', '--run-undeployed'],
      /--run-undeployed is for a tenant export/,
    ],
    [
      'a --module on a tenant export',
      ['run', join(tenants, 'tenant-dir'), '--trigger', 'pre-user-registration', '--module', 'x=./x.js'],
      /--module is for a single Action file/,
    ],
  ])('%s: exit status 2', (_, args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('hunter2');
    expect(stderr).not.toContain('HALF-RUN');
    expect(stderr).toContain('auth0-actions-mock --help');
  });

  test('--secret NAME takes the value of the environment variable NAME', () => {
    const args = [
      'run',
      join(fixtures, 'verify-identity.js'),
      '--trigger',
      'password-reset-post-challenge',
      '--secret',
      'REDIRECT_SECRET',
      '--event',
      RISKY,
      '--json',
    ];
    const result = cli(args, { REDIRECT_SECRET: SIGNING_KEY });
    expect(result.stdout).not.toContain(SIGNING_KEY);
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'redirected',
      event: { secrets: { REDIRECT_SECRET: '[secret]' } },
    });
  });

  test("an Action the runtime's loader refuses fails (exit status 1) with the runtime's message", () => {
    const { code, stderr } = cli(['run', join(fixtures, 'not-async.js'), '--trigger', 'post-login']);
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid function signature for the "onExecutePostLogin" handler.');
  });

  test("--run-undeployed runs an export's undeployed Action as exported", () => {
    const { code, report } = json([
      'run',
      undeployedExport(),
      '--trigger',
      'pre-user-registration',
      '--run-undeployed',
    ]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ status: 'completed', actions: [{ name: 'draft' }] });
  });

  test('--help shows every option with an example, exit status 0', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const option of [
      '--trigger',
      '--event',
      '--secret',
      '--module',
      '--seed',
      '--now',
      '--run-undeployed',
      '--json',
      '--help',
    ])
      expect(stdout).toContain(option);
    expect(stdout).toMatch(/--trigger post-login/);
    expect(stdout).toMatch(/--secret API_KEY=abc123/);
  });
});
