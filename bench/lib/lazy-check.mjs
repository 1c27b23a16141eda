/**
 * Which heavy modules core loads, and when: right after importing it (and its matchers entry), after the first
 * signSessionToken (jose), after the first installClock (@sinonjs/fake-timers). Run as
 * `node lazy-check.mjs esm|cjs` from bench/; prints JSON. The later two steps are the control: they show the
 * check does see those modules once they load.
 */
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const format = process.argv[2];
const { port1, port2 } = new MessageChannel();
register('./resolve-log-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
port1.unref();

const resolvedUrls = [];
const requireCache = createRequire(import.meta.url).cache;

function loadedModules() {
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1))
    resolvedUrls.push(message.message);
  return [...new Set([...resolvedUrls, ...Object.keys(requireCache)])];
}

function heavy(modules) {
  return {
    jose: modules.filter((name) => /[\\/]jose[\\/]|[\\/]vendor[\\/]jose\.cjs$/.test(name)),
    fakeTimers: modules.filter((name) => /[\\/]fake-timers[\\/]/.test(name)),
  };
}

const requireHere = createRequire(`${process.cwd()}/`);
const load = (name) => (format === 'cjs' ? requireHere(name) : import(name));
const core = await load('@auth0-actions-mock/core');
await load('@auth0-actions-mock/core/matchers');
const afterImport = loadedModules();
await core.signSessionToken({ secret: 'lazy-check-secret', state: 'lazy-check-state', subject: 'auth0|lazy-check' });
const afterSign = loadedModules();
core.installClock({ toFake: ['Date'] }).uninstall();
const afterClock = loadedModules();

process.stdout.write(
  JSON.stringify({
    format,
    afterImport: heavy(afterImport),
    afterSign: heavy(afterSign),
    afterClock: heavy(afterClock),
    packageFilesAtImport: afterImport.filter((name) => !name.startsWith('node:') && !name.includes('/bench/lib/')),
  }),
);
