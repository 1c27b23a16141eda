/** One call made by an Action on its `api`, in the order the Action made it. */
export interface RecordedCall {
  /** Dotted path of the method, e.g. `'access.deny'`. */
  method: string;
  /** The arguments as the Action passed them (not copies: what the Action handed over). */
  args: unknown[];
  /** `Date.now()` at the time of the call, so fake clocks show in the log. */
  at: number;
  /** What the method returned, for methods that return something (cache results, tokens). */
  result?: unknown;
  /**
   * What the method threw: the runtime refused the call. A spy would see it, so the log keeps it; no matcher
   * counts it as made.
   */
  error?: unknown;
}

export interface CallLog {
  calls: RecordedCall[];
}

export class Recorder implements CallLog {
  readonly calls: RecordedCall[] = [];

  record(method: string, args: unknown[], result?: unknown): void {
    const call: RecordedCall = { method, args, at: Date.now() };
    if (result !== undefined) call.result = result;
    this.calls.push(call);
  }

  refused(method: string, args: unknown[], error: unknown): void {
    this.calls.push({ method, args, at: Date.now(), error });
  }
}

/** Whether the runtime accepted the call: the only calls a matcher or a flow rule counts. */
export function isAccepted(call: RecordedCall): boolean {
  return !('error' in call);
}
