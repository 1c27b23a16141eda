import { createRequire } from 'node:module';
import type * as JoseModule from 'jose';
import type * as FakeTimersModule from '@sinonjs/fake-timers';
import type * as YamlModule from 'yaml';

/**
 * Heavy dependencies load on first use, so importing core stays cheap.
 *
 * `__MODULE_FORMAT__` is set by the build: the CommonJS build must not `import()` (Jest's CommonJS runtime on
 * Node 20 cannot), and it loads jose from a bundled copy, since jose 6 ships ES modules only. In the CommonJS
 * build, `require` is the module's own: under Jest that is Jest's registry, so fake timers bind to the test's
 * globals, not the host's.
 */
declare const __MODULE_FORMAT__: 'esm' | 'cjs' | undefined;
declare const require: NodeJS.Require;

type Jose = typeof JoseModule;
type FakeTimers = typeof FakeTimersModule;
type Yaml = typeof YamlModule;

const isCommonJs = typeof __MODULE_FORMAT__ !== 'undefined' && __MODULE_FORMAT__ === 'cjs';

let jose: Promise<Pick<Jose, 'SignJWT' | 'jwtVerify'>> | undefined;

export function loadJose(): Promise<Pick<Jose, 'SignJWT' | 'jwtVerify'>> {
  jose ??= isCommonJs ? Promise.resolve().then(() => require('./vendor/jose.cjs')) : import('jose');
  return jose;
}

let fakeTimers: FakeTimers | undefined;

export function loadFakeTimers(): FakeTimers {
  fakeTimers ??= (
    isCommonJs ? require('@sinonjs/fake-timers') : createRequire(import.meta.url)('@sinonjs/fake-timers')
  ) as FakeTimers;
  return fakeTimers;
}

let yaml: Promise<Pick<Yaml, 'parse'>> | undefined;

/** The YAML parser, for auth0-deploy-cli's YAML format only: `yaml` ships CommonJS too, so Jest can require it. */
export function loadYaml(): Promise<Pick<Yaml, 'parse'>> {
  yaml ??= isCommonJs ? Promise.resolve().then(() => require('yaml') as Yaml) : import('yaml');
  return yaml;
}
