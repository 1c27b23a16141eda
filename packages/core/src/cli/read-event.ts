import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

/** `--event`: inline JSON (it starts with `{`) or the path of a JSON file, holding overrides of the sample event. */
export function readEventOverrides(value: string): Record<string, unknown> {
  const inline = value.trimStart().startsWith('{');
  let text = value;
  if (!inline) {
    try {
      text = readFileSync(value, 'utf8');
    } catch {
      throw new UsageError(
        `--event ${value} does not exist: give a JSON file of event overrides, or the JSON itself ('{"user":{...}}').`,
      );
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--event ${inline ? '(inline)' : value} is not valid JSON: ${(error as Error).message}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(
      `--event ${inline ? '(inline)' : value} must hold a JSON object of event overrides, like {"user":{"email":"ann@example.com"}}.`,
    );
  }
  return parsed as Record<string, unknown>;
}
