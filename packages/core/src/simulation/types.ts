import type { Limits } from '../limits.js';
import type { MockCache } from '../mechanisms/cache/cache.js';
import type { DeepPartial } from '../util/deep-merge.js';
import type { FactorSelector } from '../mechanisms/challenge/factor-selector.js';
import type {
  ApiOf,
  ApiOptionsOf,
  EventOf,
  FlowOptionsOf,
  SimulationFieldsOf,
  TriggerName,
} from '../triggers/registry.js';
import type { Denial } from './flow-rules.js';

export type { Denial };

export type SimulationStatus = 'completed' | 'denied' | 'challenged' | 'redirected' | 'prompted' | 'failed';

/** What every trigger's `simulate()` takes; each trigger adds its own options (see `SimulateOptions`). */
export interface BaseSimulateOptions<T extends TriggerName = TriggerName> {
  trigger: T;
  /** Deep-merged over `mockEvent(trigger, undefined, { seed })`: objects merge, arrays replace, `undefined` deletes. */
  event?: DeepPartial<EventOf<T>>;
  /** Shorthand for `event.secrets` (merged over it). */
  secrets?: Record<string, string>;
  /** The trigger's cache, shared by every Action of the flow (and with other flows given the same cache). */
  cache?: MockCache;
  /** Picks the sample user, tenant and request, and the redirect `state`. */
  seed?: number | string;
  /**
   * Override any limit: `executionTimeoutMs`, `maxChallengeCommands`, `maxLogBytes`, prompt limits, cache limits
   * (without `cache`).
   */
  limits?: Partial<Limits>;
  /** Also write the Actions' console output to the runner's console. Default: false (captured in `logs` only). */
  echoLogs?: boolean;
  /**
   * Whether the cache survives a redirect, a prompt or an MFA challenge. The runtime may evict it meanwhile
   * (reference C): `'lost'` empties the cache at each, so a test can prove the Action's fallback. Default: `'kept'`.
   */
  cacheAcrossYields?: 'kept' | 'lost';
}

/** `simulate()`'s options for trigger `T`: the common ones and the trigger's own. */
export type SimulateOptions<T extends TriggerName = TriggerName> = BaseSimulateOptions<T> &
  ApiOptionsOf<T> &
  FlowOptionsOf<T>;

/** One handler call of the flow. An Action that resumes at `/continue` appears twice, once per handler. */
export interface SimulatedAction<E = unknown, A = unknown> {
  name: string;
  /** The export that ran, e.g. `'onExecutePostChallenge'` or `'onContinuePostChallenge'`. */
  handler: string;
  /** The event this call received (its own snapshot: changes it made do not reach later Actions). */
  event: E;
  api: A;
  /** What the handler threw, or why it could not run or finish. */
  error?: unknown;
  /** What this call wrote with `console.*`, formatted like the console. */
  logs: string[];
}

export interface SimulationRedirect {
  /** The full href the browser gets: the Action's url and query, plus the `state` the runtime adds. */
  url: string;
  state: string;
}

export interface PendingChallenge {
  /** The Action that asked for the challenge. */
  action: string;
  /** The command that asked for it: `'challengeWith'` or `'challengeWithAny'`. */
  method: string;
  /** The factors that would satisfy it (those already completed in the flow removed). */
  factors: FactorSelector[];
}

export interface PendingPrompt {
  action: string;
  id: string;
  fields: Record<string, unknown>;
  vars: Record<string, unknown>;
}

export interface ContinueToken {
  /** The secret shared with the Action. */
  secret: string;
  /** Custom claims next to `sub`, `iss`, `iat`, `exp` and `state`. */
  payload?: Record<string, unknown>;
  /** Default: 900 (15 minutes). */
  expiresInSeconds?: number;
  /** Where the token goes: the Action's `tokenParameterName`. Default: `'session_token'`. */
  parameter?: string;
  /** The external site's issuer. Default: `'https://verify.example.com/'`. */
  issuer?: string;
}

/** The browser's request to `/continue`. */
export interface ContinueRequest {
  /** Query parameters; `state` is added for you (give one to simulate a wrong state). */
  query?: Record<string, string>;
  /** A POST body (the request becomes a POST); after a prompt, the submitted form fields. */
  body?: Record<string, unknown>;
  /** Signs a session token as the external site would, and puts it in the body (when given) or the query. */
  token?: ContinueToken;
}

export interface Simulation<E = unknown, A = unknown, F extends object = {}> {
  status: SimulationStatus;
  /** The event as the last handler that ran saw it. */
  event: E;
  /** The api of the last handler that ran. */
  api: A;
  /** Every handler call, in order. */
  actions: Array<SimulatedAction<E, A>>;
  /** Set while the flow waits at a redirect (`status: 'redirected'`). */
  redirect?: SimulationRedirect;
  /** Set while the flow waits for an MFA challenge (`status: 'challenged'`). */
  challenge?: PendingChallenge;
  /** Set while the flow waits for a rendered prompt's submission (`status: 'prompted'`). */
  prompt?: PendingPrompt;
  /** Set when `status` is `'failed'`. */
  error?: unknown;
  /** Set when `status` is `'denied'`: which Action denied, with which method, reason and code. */
  denial?: Denial;
  /** Every Action's console output, in order, each line prefixed with `[<action name>] `. */
  logs: string[];
  /** The browser comes back to `/continue`. Advances this Simulation and resolves to it. */
  continue(request?: ContinueRequest): Promise<Simulation<E, A, F> & F>;
  /**
   * The user passes the pending MFA challenge (default: its first factor). Advances this Simulation and resolves to it.
   */
  completeChallenge(factorType?: string): Promise<Simulation<E, A, F> & F>;
}

/** A Simulation of trigger `T`: the common fields and what that trigger's flow reports (`user`, `idToken`...). */
export type SimulationOf<T extends TriggerName> = Simulation<EventOf<T>, ApiOf<T>, SimulationFieldsOf<T>> &
  SimulationFieldsOf<T>;
