import type { ActionEffects } from '../api-parts/action-effects.js';
import { internalsOf, type ApiInternals } from '../api-parts/api-context.js';
import { createApi } from '../mock-api.js';
import type { SimulationInternals } from '../recorded.js';
import { SIMULATION_BRAND } from '../shared/brand.js';
import { argumentError } from '../shared/errors.js';
import type { FactorSelector } from '../shared/factor-selector.js';
import { seededRandom } from '../shared/seeded-random.js';
import { buildUrl } from '../shared/url.js';
import type { FlowAction } from './action-list.js';
import { completedFactorTypes, enrolledFactors, mfaMethod, remainingFactors } from './challenge.js';
import { continueRequest } from './continue-request.js';
import { executionTimeout, missingContinueHandler, noUsableFactor, notWaitingFor, stillRunning, tooManyChallengeCommands } from './flow-errors.js';
import { lookUpHandler } from './handler-check.js';
import { captureLogs, type LogSink } from './log-capture.js';
import type { FlowConfig } from './options.js';
import { ExecutionBudget } from './time-budget.js';
import type { ContinueRequest, SimulatedAction, Simulation, SimulationStatus } from './types.js';
import { copyData, spreadInto } from '../shared/copy-data.js';
import { defineProperties } from '../shared/intrinsics.js';
import { boundedMemo } from '../shared/bounded-memo.js';

/** Why the flow is waiting, and on which Action. Suspensions of one Action run in order: challenges, then a redirect or a prompt. */
type Suspension =
  | { kind: 'challenge'; actionIndex: number; method: string; factors: FactorSelector[] }
  | { kind: 'redirect'; actionIndex: number; url: string }
  | { kind: 'prompt'; actionIndex: number; id: string; fields: Record<string, unknown>; vars: Record<string, unknown> };

/**
 * The flow's own event. Below its top level it may share objects with the kept event template (see
 * sharedBuiltEvent), so the flow replaces nested values and never changes them in place.
 */
type FlowEvent = Record<string, unknown> & {
  secrets?: Record<string, string>;
  user?: { user_id?: string };
  authentication?: { methods?: unknown[] };
  request?: unknown;
};

const STATE_LENGTH = 32;
const rememberState = boundedMemo<string>(64);

/** The `state` of a seed's transactions: derived from the seed so runs repeat, and kept, since suites reuse seeds. */
function transactionState(seed: number | string): string {
  return rememberState(`${seed}`, () => seededRandom(`state:${seed}`).alphanumeric(STATE_LENGTH));
}

/**
 * One user flow through the trigger's Actions, with the runtime's rules (reference B.1, D): Actions run in
 * order, each on its own snapshot of the event and its own api over the flow's cache; a deny stops the flow once
 * the handler returns; challenges pause before the next Action; a redirect or a prompt suspends until the
 * browser comes back to `/continue`, which resumes the same Action's continue handler.
 *
 * The Simulation the user holds is a view this class keeps up to date; `continue` and `completeChallenge`
 * advance it in place and resolve to it.
 */
export class Flow {
  private readonly event: FlowEvent;
  /** The `state` the runtime adds to redirects: one per transaction, derived from the seed so runs repeat. */
  private readonly state: string;
  private readonly apis: ApiInternals[] = [];
  private readonly view: Simulation;
  private queue: Suspension[] = [];
  private pending: Suspension | undefined;
  private challengeCommands = 0;
  private busy = false;

  constructor(
    private readonly config: FlowConfig,
    private readonly actions: readonly FlowAction[],
  ) {
    this.event = config.event as FlowEvent;
    this.state = transactionState(config.seed);
    this.view = this.createView();
  }

  start(): Promise<Simulation> {
    return this.step('simulate', () => true, async () => {
      await this.advance(-1, new ExecutionBudget(this.config.limits.executionTimeoutMs));
    });
  }

  private completeChallenge(factorType?: unknown): Promise<Simulation> {
    return this.step('completeChallenge', (pending) => pending?.kind === 'challenge', async () => {
      const pending = this.pending as Extract<Suspension, { kind: 'challenge' }>;
      const offered = pending.factors.map((factor) => factor.type as string);
      const type = factorType === undefined ? offered[0] : factorType;
      if (typeof type !== 'string' || !offered.includes(type)) {
        throw argumentError('simulation.completeChallenge()', 'factorType', `a factor the pending challenge offers (${offered.map((t) => `'${t}'`).join(', ')})`, factorType);
      }
      const authentication = this.event.authentication;
      if (authentication?.methods) this.event.authentication = { ...authentication, methods: [...authentication.methods, mfaMethod(type)] };
      this.resume();
      await this.advance(pending.actionIndex, new ExecutionBudget(this.config.limits.executionTimeoutMs));
    });
  }

  private continue(request?: ContinueRequest): Promise<Simulation> {
    return this.step('continue', (pending) => pending?.kind === 'redirect' || pending?.kind === 'prompt', async () => {
      const pending = this.pending as Extract<Suspension, { kind: 'redirect' | 'prompt' }>;
      const subject = `${this.event.user?.user_id ?? ''}`;
      this.event.request = await continueRequest(this.event.request, request, { state: this.state, subject });
      this.resume();
      const index = pending.actionIndex;
      const event = this.snapshot(index);
      if (pending.kind === 'prompt') {
        const fields = (event.request as { body: Record<string, unknown> }).body;
        event.prompt = { id: pending.id, fields: copyData(fields), vars: copyData(pending.vars) };
      }
      const handler = this.config.definition.handlers.continue as string;
      const budget = new ExecutionBudget(this.config.limits.executionTimeoutMs);
      const name = this.actions[index]?.name as string;
      if (await this.call(index, handler, event, budget, () => missingContinueHandler(name, pending.kind, handler))) {
        await this.advance(index, budget);
      }
    });
  }

  /** Runs one step of the flow, refusing it unless the flow waits for exactly this step. */
  private async step(method: string, accepts: (pending: Suspension | undefined) => boolean, work: () => Promise<void>): Promise<Simulation> {
    if (this.busy) throw stillRunning(method);
    if (!accepts(this.pending)) throw notWaitingFor(method, this.view.status);
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
    }
    return this.view;
  }

  /** Works through the suspensions of Action `index`, then runs the Actions after it, until the flow waits or ends. */
  private async advance(index: number, budget: ExecutionBudget): Promise<void> {
    for (;;) {
      const next = this.queue.shift();
      if (next?.kind === 'challenge') {
        const remaining = remainingFactors(next.factors, completedFactorTypes(this.event));
        // Every factor of this command is already passed in the flow: nothing to ask of the user.
        if (remaining.length === 0) continue;
        const usable = this.config.enrolledFactorsOnly ? enrolledFactors(remaining, this.event) : remaining;
        if (usable.length === 0) {
          this.fail(this.lastRecord(), noUsableFactor(this.actions[next.actionIndex]?.name as string, remaining.map((f) => f.type)));
          return;
        }
        this.pause({ ...next, factors: usable });
        return;
      }
      if (next) {
        this.pause(next);
        return;
      }
      index += 1;
      if (index >= this.actions.length) {
        this.setStatus('completed');
        return;
      }
      if (!(await this.call(index, this.config.definition.handlers.execute, this.snapshot(index), budget))) return;
    }
  }

  /**
   * One handler call: a fresh api (built exactly as `mockApi` builds one) over the flow's cache, console output
   * captured, the execution's time budget enforced. Returns whether the flow may go on.
   */
  private async call(index: number, handlerName: string, event: FlowEvent, budget: ExecutionBudget, whenMissing?: () => Error): Promise<boolean> {
    const action = this.actions[index] as FlowAction;
    const { definition, cache, limits, validateIssuer, echoLogs } = this.config;
    const api = createApi(definition, { event, cache, promptLimits: limits, validateIssuer });
    const internals = internalsOf(api) as ApiInternals;
    this.apis.push(internals);
    const record: SimulatedAction = { name: action.name, handler: handlerName, event, api, logs: [] };
    this.view.actions.push(record);
    this.view.event = event;
    this.view.api = api;

    const lookup = lookUpHandler(action.module, handlerName);
    if (!lookup.ok) {
      const missing = whenMissing && typeof action.module === 'object' && action.module !== null &&
        (action.module as Record<string, unknown>)[handlerName] === undefined;
      return this.fail(record, missing ? whenMissing() : lookup.error);
    }
    const sink: LogSink = {
      write: (line) => {
        record.logs.push(line);
        this.view.logs.push(`[${action.name}] ${line}`);
      },
      echo: echoLogs,
      closed: false,
    };
    const outcome = await budget.race(captureLogs(sink, () => lookup.handler(event, api), limits.maxLogBytes));
    sink.closed = true;
    if (outcome.kind === 'threw') return this.fail(record, outcome.error);
    if (outcome.kind === 'timed-out') {
      return this.fail(record, executionTimeout(action.name, handlerName, budget.limitMs, outcome.elapsedMs));
    }
    return this.settle(index, record, internals.effects);
  }

  /** Reads what the Action asked for once its handler has returned. */
  private settle(index: number, record: SimulatedAction, effects: ActionEffects): boolean {
    this.challengeCommands += effects.challenges.length;
    if (this.challengeCommands > this.config.limits.maxChallengeCommands) {
      return this.fail(record, tooManyChallengeCommands(record.name, this.challengeCommands, this.config.limits.maxChallengeCommands));
    }
    if (effects.resultUrl !== undefined) this.view.resultUrl = effects.resultUrl;
    if (effects.denials.length > 0) {
      this.setStatus('denied');
      return false;
    }
    this.queue = effects.challenges.map((challenge) => ({ kind: 'challenge', actionIndex: index, method: challenge.method, factors: [...challenge.factors] }));
    if (effects.redirect !== undefined) {
      const url = buildUrl('api.redirect.sendUserTo()', effects.redirect, { state: this.state });
      this.queue.push({ kind: 'redirect', actionIndex: index, url });
    }
    if (effects.prompt) this.queue.push({ kind: 'prompt', actionIndex: index, ...copyData(effects.prompt) });
    return true;
  }

  /** The event as the runtime hands it to Action `index`: a copy, so what one Action changes stays with it. */
  private snapshot(index: number): FlowEvent {
    const event = copyData(this.event);
    const own = this.actions[index]?.secrets;
    if (own) event.secrets = spreadInto({}, event.secrets ?? {}, own) as Record<string, string>;
    return event;
  }

  private pause(suspension: Suspension): void {
    this.pending = suspension;
    const action = this.actions[suspension.actionIndex]?.name as string;
    if (suspension.kind === 'challenge') {
      this.view.challenge = { action, method: suspension.method, factors: copyData(suspension.factors) };
      this.setStatus('challenged');
    } else if (suspension.kind === 'redirect') {
      this.view.redirect = { url: suspension.url, state: this.state };
      this.setStatus('redirected');
    } else {
      this.view.prompt = { action, id: suspension.id, fields: copyData(suspension.fields), vars: copyData(suspension.vars) };
      this.setStatus('prompted');
    }
  }

  private resume(): void {
    this.pending = undefined;
    delete this.view.challenge;
    delete this.view.redirect;
    delete this.view.prompt;
  }

  private fail(record: SimulatedAction | undefined, error: unknown): false {
    if (record) record.error = error;
    this.view.error = error;
    this.setStatus('failed');
    return false;
  }

  private lastRecord(): SimulatedAction | undefined {
    return this.view.actions[this.view.actions.length - 1];
  }

  private setStatus(status: SimulationStatus): void {
    this.view.status = status;
  }

  /** The user's Simulation: data as enumerable properties, the steps and the brand hidden, so printing and `toEqual` show the data. */
  private createView(): Simulation {
    const view = { status: 'completed', event: undefined, api: undefined, actions: [], logs: [] } as unknown as Simulation;
    const internals: SimulationInternals = { kind: 'simulation', apis: () => [...this.apis] };
    const hidden = (value: unknown): PropertyDescriptor => ({ value, enumerable: false, writable: true, configurable: true });
    defineProperties(view, {
      continue: hidden((request?: ContinueRequest) => this.continue(request)),
      completeChallenge: hidden((factorType?: string) => this.completeChallenge(factorType)),
      [SIMULATION_BRAND]: { value: internals, enumerable: false },
    });
    return view;
  }
}
