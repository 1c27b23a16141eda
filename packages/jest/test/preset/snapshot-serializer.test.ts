import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lib from '@auth0-actions-mock/jest';
import { comeBack, redirectedFlow, redirectingApi, SECRET } from '../../../core/test/snapshot/flows.js';
import { writtenSnapshotFixture } from '../../../core/test/snapshot/written-fixture.js';

// The flows run on the real clock: the summaries hold no call times and no tokens, so they repeat.
describe('snapshots of mock objects: the preset registers the serializer', () => {
  test('a Simulation, waiting at the redirect and after /continue', async () => {
    const simulation = await redirectedFlow(lib);
    expect(simulation).toMatchSnapshot('redirected');
    await comeBack(simulation, true);
    expect(simulation.status).toBe('completed');
    expect(simulation).toMatchSnapshot('completed');
  });

  test('an api, inline', () => {
    expect(redirectingApi(lib)).toMatchInlineSnapshot(`
      Api {
        "trigger": "password-reset-post-challenge",
        "calls": [
          api.redirect.encodeToken(
            {
              "expiresInSeconds": 300,
              "payload": {
                "step": "verify",
              },
              "secret": "[secret]",
            },
          ),
          api.redirect.sendUserTo(
            "https://verify.example.com/identity",
            {
              "query": {
                "session_token": "[session token]",
              },
            },
          ),
        ],
      }
    `);
  });

  test('the .snap file Jest writes holds [secret], never the secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth0-actions-mock-jest-snapshot-'));
    try {
      const entry = require.resolve('@auth0-actions-mock/jest');
      fs.writeFileSync(
        path.join(dir, 'flow.test.js'),
        writtenSnapshotFixture(`const { simulate, recorded } = require(${JSON.stringify(entry)});`),
      );
      const config = {
        rootDir: dir,
        testEnvironment: 'node',
        transform: {},
        setupFilesAfterEnv: [entry],
        cacheDirectory: path.join(dir, '.cache'),
      };
      const env = { ...process.env };
      delete env.CI;
      delete env.JEST_WORKER_ID;
      try {
        execFileSync(
          process.execPath,
          [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--ci=false', '--watchman=false'],
          {
            cwd: dir,
            env,
            encoding: 'utf8',
            stdio: 'pipe',
          },
        );
      } catch (error) {
        throw new Error(`the child Jest run failed:\n${String((error as { stderr?: string }).stderr)}`);
      }
      const written = fs.readFileSync(path.join(dir, '__snapshots__', 'flow.test.js.snap'), 'utf8');
      expect(written).not.toContain(SECRET);
      expect(written).toContain('[secret]');
      expect(written).toContain('Simulation {');
      expect(written).toContain('Api {');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
