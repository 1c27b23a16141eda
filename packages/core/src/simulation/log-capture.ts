import { AsyncLocalStorage } from 'node:async_hooks';
import { Buffer } from 'node:buffer';
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

/** One handler call's capture: its sink, and how much of the runtime's log buffer it has used. */
interface Capture {
  readonly sink: LogSink;
  readonly maxBytes: number;
  usedBytes: number;
  cut: boolean;
}

type Write = (this: unknown, chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type Stream = { write: Write };

const sinks = new AsyncLocalStorage<Capture>();
let running = 0;
/** Set while an echoed console call runs: the console writes to stdout itself, which must not be captured twice. */
let echoing = 0;
let patched:
  | {
      target: Console;
      originals: Record<Level, ConsoleMethod>;
      wrappers: Record<Level, ConsoleMethod>;
      streams: Array<{ stream: Stream; original: Write; wrapper: Write }>;
    }
  | undefined;

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
      const capture = sinks.getStore();
      if (!capture) return original.apply(this, args);
      record(capture, line(level, args));
      if (!capture.sink.echo) return;
      echoing += 1;
      try {
        original.apply(this, args);
      } finally {
        echoing -= 1;
      }
    };
    target[level] = wrappers[level];
  }
  // The runtime captures the process's stdout and stderr, so a direct write is an Action's log like console.log.
  const streams = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write as Write;
    const wrapper = writeWrapper(original);
    (stream as Stream).write = wrapper;
    return { stream: stream as Stream, original, wrapper };
  });
  patched = { target, originals, wrappers, streams };
}

/**
 * `stream.write(chunk, encoding?, callback?)` captured as lines (one write, one line or more; a final newline ends
 * a line, it does not start an empty one). The callback still runs, as the stream would run it.
 */
function writeWrapper(original: Write): Write {
  return function (this: unknown, chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    const capture = sinks.getStore();
    if (!capture || echoing > 0) return original.call(this, chunk, encoding, callback);
    const text = chunkText(chunk, encoding);
    if (text !== '')
      for (const each of (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')) record(capture, each);
    if (capture.sink.echo) return original.call(this, chunk, encoding, callback);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => done());
    return true;
  };
}

function chunkText(chunk: unknown, encoding: unknown): string {
  if (typeof chunk === 'string') {
    return typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && Buffer.isEncoding(encoding)
      ? Buffer.from(chunk, encoding).toString('utf-8')
      : chunk;
  }
  if (chunk instanceof Uint8Array)
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf-8');
  return String(chunk);
}

/**
 * Keeps a line while the handler call's output stays within the runtime's buffer (reference D.8: 256 KiB per
 * execution, `limits.maxLogBytes`); the line that crosses it is cut, and one last line says so.
 */
function record(capture: Capture, text: string): void {
  if (capture.sink.closed || capture.cut) return;
  const bytes = Buffer.byteLength(text, 'utf-8') + 1;
  if (capture.usedBytes + bytes <= capture.maxBytes) {
    capture.usedBytes += bytes;
    capture.sink.write(text);
    return;
  }
  capture.cut = true;
  const head = utf8Prefix(text, capture.maxBytes - capture.usedBytes - 1);
  if (head !== '') capture.sink.write(head);
  capture.sink.write(
    `[auth0-actions-mock] Log output cut: this Action wrote more than ${capture.maxBytes} bytes, the runtime's log ` +
      `buffer per execution; the rest was dropped (limits.maxLogBytes).`,
  );
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, without splitting a character. */
function utf8Prefix(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf-8');
    if (bytes > maxBytes) break;
    end += character.length;
  }
  return text.slice(0, end);
}

function uninstall(): void {
  // Between simulations no async context needs a sink. On Node 20 and 22 a storage that has run keeps promise
  // hooks on for the whole process, which makes every await of the test suite (the runner's included) several
  // times slower; disabling it turns them off until the next handler call.
  sinks.disable();
  if (!patched) return;
  const { target, originals, wrappers, streams } = patched;
  // A method someone replaced meanwhile (a spy) stays theirs; our wrapper under it passes calls through.
  for (const level of LEVELS) if (target[level] === wrappers[level]) target[level] = originals[level];
  for (const { stream, original, wrapper } of streams) if (stream.write === wrapper) stream.write = original;
  patched = undefined;
}

/**
 * Runs `run` with console, stdout and stderr output captured into `sink`, up to `maxBytes` of it. The console
 * stays patched until the handler's promise settles, even after the flow has given up on it (timeout), so a
 * runaway handler never writes to the runner.
 */
export function captureLogs<T>(sink: LogSink, run: () => Promise<T>, maxBytes = Infinity): Promise<T> {
  if (running++ === 0) install();
  let settled: Promise<T>;
  try {
    settled = sinks.run({ sink, maxBytes, usedBytes: 0, cut: false }, run);
  } catch (error) {
    settled = Promise.reject(error);
  }
  const release = (): void => {
    if (--running === 0) uninstall();
  };
  settled.then(release, release);
  return settled;
}
