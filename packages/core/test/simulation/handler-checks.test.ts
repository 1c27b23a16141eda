import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';

const SIGNATURE =
  'Invalid function signature for the "onExecutePostChallenge" handler. Use "exports.onExecutePostChallenge = async function(event, api) { }" as the signature.';

describe('simulate(): the runtime checks on each Action', () => {
  it.each([
    ['a function', async () => {}],
    ['undefined', undefined],
    ['a string', 'module'],
  ])('fails the flow when the Action exports %s instead of an object', async (_label, module) => {
    const sim = await simulate([action('ok', async () => {}), module as object], { trigger: TRIGGER });
    expect(sim.status).toBe('failed');
    expect(sim.error).toEqual(new Error('The Action must export an object.'));
    expect(sim.actions.map((a) => a.name)).toEqual(['ok', 'action-2']);
    expect(sim.actions[1]?.error).toBe(sim.error);
  });

  it.each([
    [
      'a plain function',
      function onExecutePostChallenge() {
        return Promise.resolve();
      },
    ],
    ['an arrow returning a promise', () => Promise.resolve()],
    ['a vi.fn() spy', vi.fn(async () => {})],
  ])('fails the flow when the handler is %s, not an async function', async (_label, handler) => {
    let laterRan = false;
    const sim = await simulate(
      [{ onExecutePostChallenge: handler }, action('later', async () => void (laterRan = true))],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toEqual(new Error(SIGNATURE));
    expect(laterRan).toBe(false);
  });

  it('fails the flow when a module has the continue handler but not the execute one', async () => {
    const sim = await simulate({ name: 'half', onContinuePostChallenge: async () => {} }, { trigger: TRIGGER });
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe(
      'The Action does not export the "onExecutePostChallenge" handler. Use "exports.onExecutePostChallenge = async function(event, api) { }" to add it.',
    );
  });

  it('fails the flow with what the handler threw; later Actions do not run and its commands are dropped', async () => {
    const boom = new TypeError('Cannot read properties of undefined');
    let laterRan = false;
    const sim = await simulate(
      [
        action('broken', async (_e, api) => {
          api.redirect.sendUserTo('https://x.example.com/');
          throw boom;
        }),
        action('later', async () => void (laterRan = true)),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toBe(boom);
    expect(sim.actions[0]?.error).toBe(boom);
    expect(sim.redirect).toBeUndefined();
    expect(laterRan).toBe(false);
    expect(ran(sim)).toEqual(['broken:execute']);
  });

  it('fails the flow when an api method rejects a call the way the runtime does', async () => {
    const sim = await simulate(
      action('bad', async (_e, api) => api.redirect.sendUserTo('not a url')),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(TypeError);
  });

  it('fails the flow when the continue handler throws', async () => {
    const sim = await simulate(
      action(
        'r',
        async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
        async () => {
          throw new Error('lost');
        },
      ),
      { trigger: TRIGGER },
    );
    await sim.continue();
    expect(sim.status).toBe('failed');
    expect(sim.error).toEqual(new Error('lost'));
    expect(sim.actions[1]?.error).toBe(sim.error);
  });
});
