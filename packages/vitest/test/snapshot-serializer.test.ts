import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as lib from '@auth0-actions-mock/vitest';
import { comeBack, redirectedFlow, redirectingApi, SECRET } from '../../core/test/snapshot/flows.js';
import { writtenSnapshotFixture } from '../../core/test/snapshot/written-fixture.js';

/**
 * The Vitest running this file (4, or 5 under test:vitest5): the package folder above the worker's script (forks
 * pool) or the CLI (threads pool). The child run must use the same one.
 */
function runningVitestDir(): string {
  let dir = path.dirname(fs.realpathSync(process.argv[1] as string));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'vitest') return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the running Vitest from ${process.argv[1]}`);
}

// The flows run on the real clock: the summaries hold no call times and no tokens, so they repeat.
describe('snapshots of mock objects: the setup file registers the serializer', () => {
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

  test('the .snap file Vitest writes holds [secret], never the secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth0-actions-mock-vitest-snapshot-'));
    try {
      const vitest = runningVitestDir();
      // The ES module build: the one `setupFiles` loads, and the one that registers the serializer.
      const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
      const load = `import { simulate, recorded } from ${JSON.stringify(pathToFileURL(entry).href)};`;
      fs.writeFileSync(path.join(dir, 'flow.test.mjs'), writtenSnapshotFixture(load));
      // As in vitest5.config.ts: every `import 'vitest'` (the adapter's) reaches the Vitest that runs the child.
      const alias = `[{ find: /^vitest$/, replacement: ${JSON.stringify(path.join(vitest, 'dist', 'index.js'))} }]`;
      const test = { globals: true, include: ['*.test.mjs'], setupFiles: [entry] };
      fs.writeFileSync(
        path.join(dir, 'vitest.config.mjs'),
        `export default { resolve: { alias: ${alias} }, test: ${JSON.stringify(test)} };\n`,
      );
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'CI'),
      );
      try {
        execFileSync(
          process.execPath,
          [
            path.join(vitest, 'vitest.mjs'),
            'run',
            '--root',
            dir,
            '--config',
            path.join(dir, 'vitest.config.mjs'),
            '--update',
          ],
          {
            cwd: dir,
            env,
            encoding: 'utf8',
            stdio: 'pipe',
          },
        );
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`the child Vitest run failed:\n${String(stdout)}\n${String(stderr)}`);
      }
      const written = fs.readFileSync(path.join(dir, '__snapshots__', 'flow.test.mjs.snap'), 'utf8');
      expect(written).not.toContain(SECRET);
      expect(written).toContain('[secret]');
      expect(written).toContain('Simulation {');
      expect(written).toContain('Api {');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
