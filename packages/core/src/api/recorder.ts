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

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }
}
