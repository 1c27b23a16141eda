import { describe, expect, it } from 'vitest';
import { createCache, mockEvent, recorded, simulate } from '../../src/index.js';
import { action, noop, ran, TRIGGER } from './helpers.js';
import { NOW, useFixedDate } from '../support/fixed-date.js';

// Events are built at the clock: two built a millisecond apart differ in their times.
useFixedDate();

describe('simulate(): Actions in order on one flow', () => {
  it('runs every Action in order and completes', async () => {
    const order: string[] = [];
    const sim = await simulate(
      [
        action('first', async () => void order.push('first')),
        action('second', async () => void order.push('second')),
        action('third', async () => void order.push('third')),
      ],
      { trigger: TRIGGER },
    );
    expect(order).toEqual(['first', 'second', 'third']);
    expect(sim.status).toBe('completed');
    expect(ran(sim)).toEqual(['first:execute', 'second:execute', 'third:execute']);
    expect(sim.error).toBeUndefined();
  });

  it('accepts one module instead of an array, and names unnamed Actions action-1, action-2...', async () => {
    const single = await simulate({ onExecutePostChallenge: noop }, { trigger: TRIGGER });
    expect(single.actions.map((a) => a.name)).toEqual(['action-1']);
    const flow = await simulate([{ onExecutePostChallenge: noop }, { onExecutePostChallenge: noop }], {
      trigger: 'password-reset-post-challenge/v1',
    });
    expect(flow.actions.map((a) => a.name)).toEqual(['action-1', 'action-2']);
  });

  it('gives each handler call its own api, all over the flow cache', async () => {
    const cache = createCache();
    const sim = await simulate(
      [
        action('writer', async (_event, api) => void api.cache.set('risk', 'high')),
        action('reader', async (_event, api) => {
          if (api.cache.get('risk')?.value !== 'high') api.access.deny('cache not shared');
        }),
      ],
      { trigger: TRIGGER, cache },
    );
    expect(sim.status).toBe('completed');
    const [writer, reader] = sim.actions;
    expect(writer?.api).not.toBe(reader?.api);
    expect(recorded(writer?.api).calls.map((c) => c.method)).toEqual(['cache.set']);
    expect(recorded(reader?.api).calls.map((c) => c.method)).toEqual(['cache.get']);
    expect(cache.get('risk')?.value).toBe('high');
    expect(sim.api).toBe(reader?.api);
  });

  it('hands each Action a fresh snapshot of the event: changes one Action makes do not reach the next', async () => {
    const seen: unknown[] = [];
    const sim = await simulate(
      [
        action('mutator', async (event) => {
          event.user.app_metadata.flag = true;
          event.authentication.methods.push({ name: 'sneaky', timestamp: 'now' });
        }),
        action(
          'observer',
          async (event) => void seen.push(event.user.app_metadata.flag, event.authentication.methods.length),
        ),
      ],
      { trigger: TRIGGER },
    );
    expect(seen).toEqual([undefined, 1]);
    expect(sim.actions[0]?.event).not.toBe(sim.actions[1]?.event);
    expect(sim.event).toBe(sim.actions[1]?.event);
  });

  it("times the event at the test's clock, as production times it when the request arrives", async () => {
    let received: any;
    await simulate(
      action('a', async (event) => void (received = event)),
      { trigger: TRIGGER },
    );
    const challengedAgo = NOW - Date.parse(received.authentication.methods[0].timestamp);
    expect(challengedAgo).toBeGreaterThanOrEqual(5_000);
    expect(challengedAgo).toBeLessThanOrEqual(90_000);
    expect(Date.parse(received.user.updated_at)).toBeLessThanOrEqual(NOW);
    expect(Date.parse(received.user.updated_at)).toBeGreaterThan(NOW - 60 * 24 * 60 * 60 * 1000);
  });

  it('builds the event from mockEvent(trigger) with the seed, deep-merging options.event', async () => {
    let received: unknown;
    await simulate(
      action('a', async (event) => void (received = event)),
      {
        trigger: TRIGGER,
        seed: 42,
        event: { user: { email: 'risky@example.com' }, authentication: { riskAssessment: undefined } },
      },
    );
    const expected = mockEvent(
      TRIGGER,
      { user: { email: 'risky@example.com' }, authentication: { riskAssessment: undefined } },
      { seed: 42 },
    );
    expect(received).toEqual(expected);
    expect(received).not.toHaveProperty('authentication.riskAssessment');
  });

  it('takes options.secrets as shorthand for event.secrets, and per-Action secrets over them', async () => {
    const secrets: Array<Record<string, string>> = [];
    await simulate(
      [
        {
          name: 'one',
          onExecutePostChallenge: async (event: { secrets: Record<string, string> }) =>
            void secrets.push(event.secrets),
        },
        {
          name: 'two',
          secrets: { API_KEY: 'own' },
          onExecutePostChallenge: async (event: { secrets: Record<string, string> }) =>
            void secrets.push(event.secrets),
        },
      ],
      { trigger: TRIGGER, event: { secrets: { FROM_EVENT: 'e', API_KEY: 'event' } }, secrets: { API_KEY: 'flow' } },
    );
    expect(secrets).toEqual([
      { FROM_EVENT: 'e', API_KEY: 'flow' },
      { FROM_EVENT: 'e', API_KEY: 'own' },
    ]);
  });

  it('reports the last transaction.setResultUrl of the flow', async () => {
    const sim = await simulate(
      [
        action('a', async (_e, api) => api.transaction.setResultUrl('https://app.example.com/first')),
        action('b', async (_e, api) =>
          api.transaction.setResultUrl('https://app.example.com/done', { query: { reset: '1' } }),
        ),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.resultUrl).toBe('https://app.example.com/done?reset=1');
  });

  it('keeps the flow data enumerable and the steps hidden, so printing and toEqual show data only', async () => {
    const sim = await simulate(action('a', noop), { trigger: TRIGGER });
    expect(Object.keys(sim).sort()).toEqual(['actions', 'api', 'event', 'logs', 'status']);
    expect(typeof sim.continue).toBe('function');
    expect(typeof sim.completeChallenge).toBe('function');
  });
});
