import { describe, expect, it } from 'vitest';
import { mockApi, mockContinueEvent, simulate, type TriggerId } from '../../src/index.js';
import { actionFor } from '../support/trigger-actions.js';
import { REDIRECT_TRIGGERS } from '../support/triggers-by-mechanism.js';

const SECRET = 'shared-with-verify.example.com';

describe.each(REDIRECT_TRIGGERS)(
  'mockContinueEvent(%s): an onContinue handler tested on its own',
  (trigger: TriggerId) => {
    it('carries the state simulate uses for the seed, and a token validateToken accepts', () => {
      const event = mockContinueEvent(trigger, { token: { secret: SECRET, payload: { verified: true } } }, { seed: 7 });
      const api = mockApi(trigger, { event, handler: 'continue' } as never) as {
        redirect: { validateToken(options: object): Record<string, unknown> };
      };
      expect(api.redirect.validateToken({ secret: SECRET })).toMatchObject({
        verified: true,
        state: (event as unknown as { request: { query: { state: string } } }).request.query.state,
      });
    });

    it('sends what simulation.continue() sends for the same seed and request', async () => {
      let resumed: unknown;
      const sim = await simulate(
        actionFor(
          trigger,
          'verify',
          async (_event, api) => api.redirect.sendUserTo('https://verify.example.com/'),
          async (event) => {
            resumed = event.request;
          },
        ) as never,
        { trigger, seed: 7 },
      );
      await sim.continue({ query: { lang: 'en' }, body: { answer: 'yes' } });
      const unit = mockContinueEvent(trigger, { query: { lang: 'en' }, body: { answer: 'yes' } }, { seed: 7 });
      expect((unit as { request: unknown }).request).toEqual(resumed);
    });

    it('puts the token under token.parameter, in the body when there is one', () => {
      const event = mockContinueEvent(trigger, {
        body: { a: '1' },
        token: { secret: SECRET, parameter: 'verification' },
      }) as { request: { method: string; body: Record<string, unknown> } };
      expect(event.request.method).toBe('POST');
      expect(event.request.body.verification).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    });

    it('refuses a misspelt request key and an empty state, naming mockContinueEvent()', () => {
      expect(() => mockContinueEvent(trigger, { qeury: {} } as never)).toThrow(
        /^mockContinueEvent\(\): request\.qeury must be a known option \(query, body, token\); received an object\. Did you mean query\?$/,
      );
      expect(() => mockContinueEvent(trigger, {}, { state: '' })).toThrow(
        'mockContinueEvent(): options.state must be a non-empty string; received the string "".',
      );
    });
  },
);
