import { describe, expect, it } from 'vitest';
import { FlowError, simulate, type PostChallengeEvent } from '../../src/index.js';
import { action, ran, TRIGGER } from './helpers.js';

describe('simulate(): prompt.render', () => {
  it('suspends after the rendering Action, and continue({ body }) resumes it with event.prompt = { id, fields, vars }', async () => {
    let prompt: PostChallengeEvent['prompt'];
    let laterSawPrompt: unknown = 'not run';
    const sim = await simulate(
      [
        action(
          'consent',
          async (event, api) =>
            api.prompt.render('reset-consent', { fields: { email: event.user.email }, vars: { firstName: 'Ada' } }),
          async (event, api) => {
            prompt = event.prompt;
            if (event.prompt?.fields?.agree !== true) api.access.deny('Consent required');
          },
        ),
        action('later', async (event) => void (laterSawPrompt = event.prompt)),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('prompted');
    expect(sim.prompt).toEqual({
      action: 'consent',
      id: 'reset-consent',
      fields: { email: sim.event.user.email },
      vars: { firstName: 'Ada' },
    });
    expect(ran(sim)).toEqual(['consent:execute']);

    await sim.continue({ body: { agree: true } });
    expect(prompt).toEqual({ id: 'reset-consent', fields: { agree: true }, vars: { firstName: 'Ada' } });
    expect(sim.status).toBe('completed');
    expect(sim.prompt).toBeUndefined();
    expect(ran(sim)).toEqual(['consent:execute', 'consent:continue', 'later:execute']);
    // The submission belongs to the resumed handler; the Actions after it see no prompt.
    expect(laterSawPrompt).toBeUndefined();
  });

  it('gives empty fields when the form is submitted without a body', async () => {
    const sim = await simulate(
      action(
        'consent',
        async (_e, api) => api.prompt.render('p'),
        async (event, api) => {
          if (Object.keys(event.prompt?.fields ?? { missing: 1 }).length === 0) api.access.deny('empty form');
        },
      ),
      { trigger: TRIGGER },
    );
    await sim.continue();
    expect(sim.status).toBe('denied');
  });

  it('fails the flow with a clear message when the Action has no continue handler', async () => {
    const sim = await simulate(
      action('consent', async (_e, api) => api.prompt.render('p')),
      { trigger: TRIGGER },
    );
    await sim.continue({ body: { agree: true } });
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(FlowError);
    expect((sim.error as Error).message).toMatch(
      /^"consent" called api\.prompt\.render\(\) but does not export onContinuePostChallenge/,
    );
  });

  it('fails the flow when an Action renders and redirects, with the runtime message', async () => {
    const sim = await simulate(
      action('both', async (_e, api) => {
        api.prompt.render('p');
        api.redirect.sendUserTo('https://x.example.com/');
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect((sim.error as Error).message).toBe('Redirect and render commands cannot be used in the same action.');
  });
});
