import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';

const LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Level = (typeof LEVELS)[number];
type ConsoleMethod = (...args: unknown[]) => void;

/** Where one handler call's console output goes. */
export interface LogSink {
  write(line: string): void;
  /** Also hand the call to the console that was there before (the runner's). */
  readonly echo: boolean;
  /** Set once the handler's outcome is decided: a handler still running after a timeout writes nowhere. */
  closed: boolean;
}

const sinks = new AsyncLocalStorage<LogSink>();
let running = 0;
let patched: { target: Console; originals: Record<Level, ConsoleMethod>; wrappers: Record<Level, ConsoleMethod> } | undefined;

function line(level: Level, args: unknown[]): string {
  const text = format(...args);
  return level === 'trace' ? `Trace: ${text}` : text;
}

/**
 * Replaces the console methods with ones that route a call to the sink of the async context it was made in
 * (AsyncLocalStorage), so simulations running at the same time keep their logs apart, and calls made outside any
 * handler (the test itself) reach the runner untouched.
 */
function install(): void {
  const target = console;
  const originals = {} as Record<Level, ConsoleMethod>;
  const wrappers = {} as Record<Level, ConsoleMethod>;
  for (const level of LEVELS) {
    const original = target[level] as ConsoleMethod;
    originals[level] = original;
    wrappers[level] = function (this: unknown, ...args: unknown[]): void {
      const sink = sinks.getStore();
      if (!sink) return original.apply(this, args);
      if (!sink.closed) sink.write(line(level, args));
      if (sink.echo) original.apply(this, args);
    };
    target[level] = wrappers[level];
  }
  patched = { target, originals, wrappers };
}

function uninstall(): void {
  // Between simulations no async context needs a sink. On Node 20 and 22 a storage that has run keeps promise
  // hooks on for the whole process, which makes every await of the test suite (the runner's included) several
  // times slower; disabling it turns them off until the next handler call.
  sinks.disable();
  if (!patched) return;
  const { target, originals, wrappers } = patched;
  // A method someone replaced meanwhile (a spy) stays theirs; our wrapper under it passes calls through.
  for (const level of LEVELS) if (target[level] === wrappers[level]) target[level] = originals[level];
  patched = undefined;
}

/**
 * Runs `run` with console output captured into `sink`. The console stays patched until the handler's promise
 * settles, even after the flow has given up on it (timeout), so a runaway handler never writes to the runner.
 */
export function captureLogs<T>(sink: LogSink, run: () => Promise<T>): Promise<T> {
  if (running++ === 0) install();
  let settled: Promise<T>;
  try {
    settled = sinks.run(sink, run);
  } catch (error) {
    settled = Promise.reject(error);
  }
  const release = (): void => {
    if (--running === 0) uninstall();
  };
  settled.then(release, release);
  return settled;
}
