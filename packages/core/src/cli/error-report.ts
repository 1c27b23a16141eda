import { dirname, sep } from 'node:path';

export interface ErrorReport {
  name: string;
  message: string;
  /** The stack's frames in the user's code: the mock's own frames say nothing about the Action. */
  stack?: string;
}

/** The built dist folder this file is in: frames in it (the mock's own code) say nothing about the Action. */
const OWN_FOLDER = dirname(__filename);

function isUserFrame(line: string): boolean {
  return !line.includes(`${OWN_FOLDER}${sep}`) && !line.includes('node:internal') && !line.includes('(node:');
}

/** An error as name, message and the user's stack frames, every string passed through `redact` (secrets). */
export function describeError(error: unknown, redact: (text: string) => string): ErrorReport {
  if (typeof error !== 'object' || error === null) return { name: 'Error', message: redact(String(error)) };
  const { name, message, stack } = error as { name?: unknown; message?: unknown; stack?: unknown };
  const report: ErrorReport = {
    name: typeof name === 'string' && name !== '' ? name : 'Error',
    message: redact(typeof message === 'string' ? message : Object.prototype.toString.call(error)),
  };
  if (typeof stack === 'string') {
    const frames = stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .filter(isUserFrame)
      .map((line) => line.trim());
    if (frames.length > 0) report.stack = redact(frames.join('\n'));
  }
  return report;
}
