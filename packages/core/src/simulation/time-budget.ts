import { NativePromise, mathMax } from '../util/intrinsics.js';
/** How a handler call ended, from the flow's point of view. */
export type HandlerOutcome =
  { kind: 'returned' } | { kind: 'threw'; error: unknown } | { kind: 'timed-out'; elapsedMs: number };

/**
 * The time budget of one execution: from the start of the flow, or from its resumption after a redirect, a prompt
 * or an MFA challenge, until it pauses or ends (the docs give 20 seconds per execution, and a redirect starts a
 * new one). Time is `Date.now()` time, so fake clocks drive it.
 */
export class ExecutionBudget {
  readonly startedAt = Date.now();

  constructor(readonly limitMs: number) {}

  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  exceeded(): boolean {
    return this.elapsedMs() > this.limitMs;
  }

  /**
   * Waits for the handler, but no longer than the budget left. The deadline is a timer created through the
   * current global `setTimeout`, so under fake timers it fires only when the test advances the clock; it is
   * cleared (and unref'd) so it never holds a test or the process. A handler that returns after the clock was
   * moved past the deadline without timers firing (`setSystemTime`) is caught by the elapsed-time check.
   */
  async race(handler: Promise<unknown>): Promise<HandlerOutcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new NativePromise<HandlerOutcome>((resolve) => {
      const remaining = mathMax(0, this.limitMs - this.elapsedMs());
      timer = setTimeout(() => resolve({ kind: 'timed-out', elapsedMs: this.elapsedMs() }), remaining);
      (timer as { unref?: () => void } | undefined)?.unref?.();
    });
    const finished = handler.then(
      (): HandlerOutcome => ({ kind: 'returned' }),
      (error: unknown): HandlerOutcome => ({ kind: 'threw', error }),
    );
    try {
      const outcome = await NativePromise.race([finished, deadline]);
      if (outcome.kind !== 'timed-out' && this.exceeded()) return { kind: 'timed-out', elapsedMs: this.elapsedMs() };
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }
}
