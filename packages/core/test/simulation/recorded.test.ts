import { describe, expect, it } from 'vitest';
import { recorded, simulate } from '../../src/index.js';
import { action, TRIGGER } from './helpers.js';

describe('recorded(simulation)', () => {
  it('lists the calls of every handler call of the flow, in the order they ran', async () => {
    const sim = await simulate(
      [
        action('a', async (_e, api) => void api.cache.set('k', 'v')),
        action(
          'b',
          async (_e, api) => api.redirect.sendUserTo('https://x.example.com/', { query: { step: '1' } }),
          async (_e, api) => api.access.deny('nope'),
        ),
      ],
      { trigger: TRIGGER },
    );
    expect(recorded(sim).calls.map((c) => c.method)).toEqual(['cache.set', 'redirect.sendUserTo']);
    await sim.continue();
    expect(recorded(sim).calls.map((c) => [c.method, c.args])).toEqual([
      ['cache.set', ['k', 'v']],
      ['redirect.sendUserTo', ['https://x.example.com/', { query: { step: '1' } }]],
      ['access.deny', ['nope']],
    ]);
  });

  it('exposes the api internals of every handler call under the registered simulation brand', async () => {
    const sim = await simulate(
      [
        action('a', async () => {}),
        action(
          'b',
          async (_e, api) => api.redirect.sendUserTo('https://x.example.com/'),
          async () => {},
        ),
      ],
      { trigger: TRIGGER },
    );
    await sim.continue();
    const internals = (
      sim as unknown as Record<
        symbol,
        { kind: string; apis(): Array<{ kind: string; event: unknown; effects: unknown }> }
      >
    )[Symbol.for('auth0-actions-mock.simulation')];
    expect(internals?.kind).toBe('simulation');
    const apis = internals?.apis() ?? [];
    expect(apis).toHaveLength(3);
    expect(apis.map((api) => api.kind)).toEqual(['api', 'api', 'api']);
    expect(apis.map((api) => api.event)).toEqual(sim.actions.map((a) => a.event));
    expect(apis[1]?.effects).toMatchObject({ redirect: { url: 'https://x.example.com/' } });
    expect(Object.keys(sim)).not.toContain(Symbol.for('auth0-actions-mock.simulation').toString());
  });
});
