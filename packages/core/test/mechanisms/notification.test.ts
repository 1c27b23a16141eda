import { describe, expect, it } from 'vitest';
import { mockApi, simulate } from '../../src/index.js';
import { NOTIFICATION_TRIGGERS } from '../support/triggers-by-mechanism.js';
import '../matchers/vitest-runner.js';

type Handler = (event: any, api: any) => Promise<void>;

const HANDLERS: Record<string, string> = {
  'custom-email-provider': 'onExecuteCustomEmailProvider',
  'custom-phone-provider': 'onExecuteCustomPhoneProvider',
};

// Every trigger listed has `sim.notification`: typed as the two of them.
type NotificationTrigger = 'custom-email-provider' | 'custom-phone-provider';

describe.each(NOTIFICATION_TRIGGERS as readonly NotificationTrigger[])(
  'api.notification of %s (reference E.7, E.8)',
  (trigger) => {
    const handler = HANDLERS[trigger] as string;
    const action = (run: Handler) => ({ name: 'provider', [handler]: run });

    it('has drop and retry beside the cache', () => {
      const api = mockApi(trigger) as any;
      expect(Object.keys(api)).toEqual(['cache', 'notification']);
      expect(Object.keys(api.notification)).toEqual(['drop', 'retry']);
    });

    it('records drop and retry, returning nothing; only the last call counts for the matchers', () => {
      const api = mockApi(trigger) as any;
      expect(api.notification.drop('mailbox full')).toBeUndefined();
      expect(api).toHaveDroppedNotification('mailbox full');
      expect(api.notification.retry('gateway timeout')).toBeUndefined();
      expect(api).toHaveRetriedNotification('gateway timeout');
      expect(api).not.toHaveDroppedNotification();
      expect(api).toHaveCalledApi('notification.drop', 'mailbox full');
    });

    it('takes a reason left out (optional since 2025) and keeps only the first 1024 characters of a long one', () => {
      const api = mockApi(trigger) as any;
      api.notification.drop();
      expect(api).toHaveDroppedNotification();
      const long = 'x'.repeat(1030);
      api.notification.retry(long);
      expect(api).toHaveRetriedNotification('x'.repeat(1024));
      expect(api).not.toHaveRetriedNotification(long);
    });

    it.each([
      ['drop', 42, 'the number 42'],
      ['retry', { message: 'x' }, 'an object'],
    ])('refuses a %s reason that is not a string, naming the method', (method, reason, _kind) => {
      const api = mockApi(trigger) as any;
      expect(() => api.notification[method](reason)).toThrow(
        new RegExp(`^api\\.notification\\.${method}\\(\\): reason must be a string \\(or left out\\); received `),
      );
      expect(api).not.toHaveDroppedNotification();
      expect(api).not.toHaveRetriedNotification();
    });

    it("reports 'sent' after one run when the Action neither drops nor retries", async () => {
      const sim = await simulate(
        action(async () => {}),
        { trigger },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'sent', attempts: 1 });
    });

    it("reports 'dropped' with the reason of the last call, and does not run the Action again", async () => {
      const sim = await simulate(
        action(async (_event, api) => {
          api.notification.retry('first thought');
          api.notification.drop('recipient unsubscribed');
        }),
        { trigger },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'dropped', attempts: 1, reason: 'recipient unsubscribed' });
      expect(sim.actions).toHaveLength(1);
      expect(sim).toHaveDroppedNotification('recipient unsubscribed');
      expect(sim).not.toHaveRetriedNotification();
    });

    it('runs the Action again when a run drops, then retries: the last call counts', async () => {
      let runs = 0;
      const sim = await simulate(
        action(async (_event, api) => {
          runs += 1;
          if (runs > 1) return;
          api.notification.drop('looked permanent');
          api.notification.retry('but the gateway only timed out');
        }),
        { trigger },
      );
      expect(sim.notification).toEqual({ outcome: 'sent', attempts: 2 });
      expect(sim).toHaveRetriedNotification('but the gateway only timed out');
      expect(sim).not.toHaveDroppedNotification();
    });

    it('reports the reason as the runtime logs it: the first 1024 characters', async () => {
      const long = `${'provider said: '.padEnd(1024, '.')}and the rest is cut`;
      const sim = await simulate(
        action(async (_event, api) => api.notification.drop(long)),
        { trigger },
      );
      expect(sim.notification).toEqual({ outcome: 'dropped', attempts: 1, reason: long.slice(0, 1024) });
      expect(sim).toHaveDroppedNotification(long.slice(0, 1024));
    });

    it('runs a retried Action again on the same event until it sends', async () => {
      let runs = 0;
      const sim = await simulate(
        action(async (_event, api) => {
          runs += 1;
          if (runs < 3) api.notification.retry(`provider returned 503 (run ${runs})`);
        }),
        { trigger },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'sent', attempts: 3 });
      expect(sim.actions.map((a) => a.handler)).toEqual([handler, handler, handler]);
      expect(sim.actions[1]?.event).toEqual(sim.actions[0]?.event);
      expect(sim).toHaveRetriedNotification('provider returned 503 (run 2)');
    });

    it("stops after the first run and 5 retries: 'retried-out', 6 attempts, the last reason", async () => {
      let runs = 0;
      const sim = await simulate(
        action(async (_event, api) => {
          runs += 1;
          api.notification.retry(`still down (run ${runs})`);
        }),
        { trigger },
      );
      expect(runs).toBe(6);
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'retried-out', attempts: 6, reason: 'still down (run 6)' });
    });

    it('keeps the cache across retries, as one delivery does', async () => {
      const sim = await simulate(
        action(async (_event, api) => {
          const tries = Number(api.cache.get('tries')?.value ?? '0') + 1;
          api.cache.set('tries', String(tries));
          if (tries < 2) api.notification.retry('rate limited');
        }),
        { trigger },
      );
      expect(sim.notification).toEqual({ outcome: 'sent', attempts: 2 });
      expect(sim).toHaveCached('tries', '2');
    });

    it("fails on an Action's error, with no notification outcome", async () => {
      const sim = await simulate(
        action(async () => {
          throw new Error('SMTP connection refused');
        }),
        { trigger },
      );
      expect(sim.status).toBe('failed');
      expect((sim.error as Error).message).toBe('SMTP connection refused');
      expect(sim.notification).toBeUndefined();
    });

    it("takes an Action's error as a retry with actionErrors: 'retry', its message the reason", async () => {
      let runs = 0;
      const sim = await simulate(
        action(async () => {
          runs += 1;
          if (runs < 3) throw new Error(`ECONNRESET (run ${runs})`);
        }),
        { trigger, actionErrors: 'retry' },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'sent', attempts: 3 });
      expect((sim.actions[1]?.error as Error).message).toBe('ECONNRESET (run 2)');
      expect(sim.actions[2]?.error).toBeUndefined();
    });

    it("retries a throwing Action out after 5 retries with actionErrors: 'retry'", async () => {
      const sim = await simulate(
        action(async () => Promise.reject(new Error('SMTP down'))),
        { trigger, actionErrors: 'retry' },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'retried-out', attempts: 6, reason: 'SMTP down' });
    });

    it("drops the delivery on an Action's error with actionErrors: 'drop', the reason cut to 1024 characters", async () => {
      const message = 'z'.repeat(1100);
      const sim = await simulate(
        action(async () => Promise.reject(new Error(message))),
        { trigger, actionErrors: 'drop' },
      );
      expect(sim.status).toBe('completed');
      expect(sim.notification).toEqual({ outcome: 'dropped', attempts: 1, reason: 'z'.repeat(1024) });
      expect(sim.actions).toHaveLength(1);
    });

    it('refuses another actionErrors, saying what each value does', async () => {
      await expect(
        simulate(
          action(async () => {}),
          { trigger, actionErrors: 'ignore' } as never,
        ),
      ).rejects.toThrow(
        "simulate(): options.actionErrors must be 'fail' (the default: status 'failed'), 'retry' or 'drop' (the error taken as api.notification.retry / drop); received the string \"ignore\".",
      );
    });

    it('takes one Action, as the runtime binds one provider Action', async () => {
      await expect(simulate([action(async () => {}), action(async () => {})], { trigger })).rejects.toThrow(
        `at most 1 Actions (the most a tenant can bind to ${trigger})`,
      );
    });
  },
);
