import { afterEach, describe, expect, it, vi } from 'vitest';
import * as lib from '../../src/index.js';
import { mockApi, mockEvent, recorded, snapshotSerializer } from '../../src/index.js';
import { redirectedFlow, redirectingApi, TRIGGER } from './flows.js';
import { serialize } from './print.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('snapshotSerializer.test: mock objects by brand', () => {
  it('takes an api, a Simulation and one of its actions', async () => {
    const simulation = await redirectedFlow(lib);
    expect(snapshotSerializer.test(mockApi(TRIGGER))).toBe(true);
    expect(snapshotSerializer.test(simulation)).toBe(true);
    expect(snapshotSerializer.test(simulation.api)).toBe(true);
    expect(snapshotSerializer.test(simulation.actions[0])).toBe(true);
  });

  it('leaves everything else to pretty-format: events, look-alikes, primitives', async () => {
    const simulation = await redirectedFlow(lib);
    const api = mockApi(TRIGGER);
    const lookAlikes = [
      mockEvent(TRIGGER),
      { ...api },
      { ...simulation },
      { ...simulation.actions[0], event: mockEvent(TRIGGER) },
      { api, event: mockEvent(TRIGGER), name: 'n', handler: 'h' },
      null,
      undefined,
      'api',
      42,
      () => api,
    ];
    for (const value of lookAlikes) expect(snapshotSerializer.test(value)).toBe(false);
  });

  it('answers false, without throwing, for a value whose properties throw', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(snapshotSerializer.test(proxy)).toBe(false);
  });

  it('refuses to serialize what test() did not take, saying why', () => {
    const printer = () => '';
    const config = { indent: '  ', maxDepth: Infinity, min: false, spacingOuter: '\n', spacingInner: '\n' };
    expect(() => snapshotSerializer.serialize({}, config, '', 0, [], printer)).toThrow(
      'snapshotSerializer.serialize(): value must be an api, a Simulation or one of its actions',
    );
  });
});

describe('snapshotSerializer.serialize: stable and well-formed output', () => {
  it('prints the same summary whatever the clock says: no call times, tokens as [session token]', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 0, 1) });
    const early = await redirectedFlow(lib);
    vi.setSystemTime(Date.UTC(2027, 5, 15, 8, 30));
    const late = await redirectedFlow(lib);
    expect(recorded(late).calls.map((call) => call.at)).not.toEqual(recorded(early).calls.map((call) => call.at));
    expect(late.redirect?.url).not.toBe(early.redirect?.url);
    expect(serialize(late)).toBe(serialize(early));
    expect(serialize(late)).toContain('session_token=[session token]&state=');
  });

  it('prints on one line in min mode', () => {
    const api = mockApi(TRIGGER);
    api.access.deny('Too risky');
    expect(serialize(api, { min: true })).toBe(
      'Api {"trigger": "password-reset-post-challenge", "calls": [api.access.deny("Too risky")]}',
    );
  });

  it('stops at maxDepth and at a reference to itself, as pretty-format does', () => {
    const api = redirectingApi(lib);
    expect(serialize(api, { maxDepth: 0 })).toBe('[Api]');
    const printer = () => 'x';
    const config = { indent: '  ', maxDepth: Infinity, min: false, spacingOuter: '\n', spacingInner: '\n' };
    expect(snapshotSerializer.serialize(api, config, '', 0, [api], printer)).toBe('[Circular]');
  });

  it('is frozen: one test cannot change it for the others', () => {
    expect(Object.isFrozen(snapshotSerializer)).toBe(true);
  });
});
