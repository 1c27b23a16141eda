import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as lib from '@auth0-actions-mock/jest';

const packageDir = path.resolve(__dirname, '../..');

/** Runs a script with plain Node (no Jest), from the package's directory, and returns what it printed. */
function node(args: string[]): string {
  try {
    return execFileSync(process.execPath, args, {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
}

describe('the package entries', () => {
  test('jest-preset.js points setupFilesAfterEnv at the built CommonJS entry by absolute path', () => {
    const preset = createRequire(__filename)('@auth0-actions-mock/jest/jest-preset');
    expect(preset.setupFilesAfterEnv).toEqual([path.join(packageDir, 'dist', 'index.js')]);
  });

  test('the main entry, outside Jest, explains where it belongs (CommonJS)', () => {
    const stderr = node(['-e', "require('@auth0-actions-mock/jest')"]);
    expect(stderr).toContain('@auth0-actions-mock/jest: there is no global `expect` to extend.');
    expect(stderr).toContain("setupFilesAfterEnv: ['@auth0-actions-mock/jest']");
    expect(stderr).toContain('@auth0-actions-mock/jest/jest-globals');
  });

  test('the main entry, outside Jest, explains where it belongs (ES module)', () => {
    const stderr = node(['--input-type=module', '-e', "await import('@auth0-actions-mock/jest')"]);
    expect(stderr).toContain('@auth0-actions-mock/jest: there is no global `expect` to extend.');
  });

  test('the ES module build extends a global expect and exports core', () => {
    const script = [
      "import { expect } from 'expect';",
      'globalThis.expect = expect;',
      "const { mockApi } = await import('@auth0-actions-mock/jest');",
      "const api = mockApi('password-reset-post-challenge');",
      "api.access.deny('Too risky');",
      "expect(api).toHaveDenied('Too risky');",
      "console.log('ok');",
    ].join('\n');
    expect(node(['--input-type=module', '-e', script]).trim()).toBe('ok');
  });

  test('an api from the CommonJS build and matchers from the ES module build work together (brand, not class)', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "import { expect } from 'expect';",
      "import { matchers } from '@auth0-actions-mock/core/matchers';",
      "const { mockApi } = createRequire(process.cwd() + '/')('@auth0-actions-mock/core');",
      'expect.extend(matchers);',
      "const api = mockApi('password-reset-post-challenge');",
      "api.cache.set('k', 'v');",
      "expect(api).toHaveCached('k', 'v');",
      "console.log('ok');",
    ].join('\n');
    expect(node(['--input-type=module', '-e', script]).trim()).toBe('ok');
  });

  test('re-exports everything core exports', () => {
    const core = createRequire(__filename)('@auth0-actions-mock/core');
    for (const name of Object.keys(core)) expect(lib).toHaveProperty(name);
  });
});
