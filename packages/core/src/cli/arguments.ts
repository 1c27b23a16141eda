import { parseArgs } from 'node:util';
import { TRIGGER_IDS, resolveTrigger, type TriggerName } from '../triggers/registry.js';
import { closestName } from '../util/known-options.js';
import { UsageError } from './errors.js';

/** What `auth0-actions-mock run` was asked to do, checked. */
export interface RunRequest {
  readonly target: string;
  readonly trigger: TriggerName;
  /** `--event`: a file or inline JSON, read later (reading it is part of running). */
  readonly event?: string;
  readonly secrets: Record<string, string>;
  readonly modules: Record<string, string>;
  readonly seed?: number | string;
  readonly now?: number;
  readonly json: boolean;
  /** `--run-undeployed`: a tenant export's Actions with `deployed: false` run as exported. */
  readonly runUndeployed: boolean;
}

export type Command = { kind: 'help' } | { kind: 'run'; request: RunRequest };

const OPTIONS = {
  trigger: { type: 'string' },
  event: { type: 'string' },
  secret: { type: 'string', multiple: true },
  module: { type: 'string', multiple: true },
  seed: { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean' },
  'run-undeployed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--json` decides how even an argument error prints, so it is looked for before anything can fail. */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.includes('--json');
}

function pairs(option: string, values: readonly string[] | undefined, example: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0)
      throw new UsageError(`--${option} takes NAME=value, for example --${option} ${example}; received "${value}".`);
    result[value.slice(0, at)] = value.slice(at + 1);
  }
  return result;
}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `--secret NAME=value`, or `--secret NAME` alone to read the value from the environment variable of that name,
 * which keeps it out of the shell's history and the process list. A value is never echoed in a message.
 */
function secrets(values: readonly string[] | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at > 0) {
      result[value.slice(0, at)] = value.slice(at + 1);
      continue;
    }
    if (at === -1 && SECRET_NAME.test(value) && env[value] !== undefined) {
      result[value] = env[value];
      continue;
    }
    throw new UsageError(
      at === -1 && SECRET_NAME.test(value)
        ? `--secret ${value} has no value, and no environment variable ${value} is set: give --secret ${value}=<value>, or set ${value}.`
        : '--secret takes NAME=value (for example --secret API_KEY=abc123), or NAME alone to read the environment variable NAME; the value given has no NAME.',
    );
  }
  return result;
}

function trigger(value: string | undefined): TriggerName {
  if (value === undefined)
    throw new UsageError(`--trigger is required: which trigger to run, for example --trigger post-login.`);
  try {
    resolveTrigger('auth0-actions-mock run', value, '--trigger');
  } catch {
    const near = closestName(value.split('/')[0] ?? value, TRIGGER_IDS);
    throw new UsageError(
      `--trigger ${value} is not a trigger this library knows${near ? `. Did you mean ${near}?` : ''} Known: ${TRIGGER_IDS.join(', ')}.`,
    );
  }
  return value as TriggerName;
}

function seed(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

function now(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(time))
    throw new UsageError(
      `--now takes an ISO 8601 time or ms since 1970 (for example --now 2026-01-15T09:30:00Z); received "${value}".`,
    );
  return time;
}

/** Reads the command line; throws a UsageError naming the option and what it takes. */
export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    const unknown = /'(--?[\w-]+)'/.exec(message)?.[1];
    const near = unknown ? closestName(unknown.replace(/^-+/, ''), Object.keys(OPTIONS)) : undefined;
    throw new UsageError(`${message}${near ? ` Did you mean --${near}?` : ''}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, target, ...rest] = positionals;
  if (command === undefined)
    throw new UsageError('No command given: auth0-actions-mock run <action.js | tenant-export> --trigger <id>.');
  if (command !== 'run')
    throw new UsageError(
      `Unknown command "${command}"; the command is run: auth0-actions-mock run <action.js | tenant-export> --trigger <id>.`,
    );
  if (target === undefined)
    throw new UsageError(
      'run needs the Action file or the tenant export to run: auth0-actions-mock run ./action.js --trigger <id>.',
    );
  if (rest.length > 0)
    throw new UsageError(
      `run takes one Action file or tenant export; also received ${rest.map((extra) => `"${extra}"`).join(', ')}.`,
    );
  return {
    kind: 'run',
    request: {
      target,
      trigger: trigger(values.trigger),
      ...(values.event === undefined ? {} : { event: values.event }),
      secrets: secrets(values.secret, env),
      modules: pairs('module', values.module, 'email-rules=./email-rules.js'),
      ...(values.seed === undefined ? {} : { seed: seed(values.seed) }),
      ...(values.now === undefined ? {} : { now: now(values.now) }),
      json: values.json === true,
      runUndeployed: values['run-undeployed'] === true,
    },
  };
}
