import { internalsOf, type ApiInternals, type HandlerKind } from '../api/api-context.js';
import { createApi } from '../api/create-api.js';
import type { EffectSlot } from '../api/effects.js';
import type { SimulationInternals } from '../api/recorded.js';
import { SIMULATION_BRAND } from '../util/brand.js';
import { argumentError } from '../util/errors.js';
import type { FactorSelector } from '../mechanisms/challenge/factor-selector.js';
import { buildUrl } from '../mechanisms/redirect/url.js';
import type { FlowAction } from './action-list.js';
import { continueRequest } from '../mechanisms/redirect/continue-request.js';
import {
  executionTimeout,
  invalidContinueState,
  missingContinueHandler,
  notWaitingFor,
  stillRunning,
  tooManyChallengeCommands,
} from './flow-errors.js';
import type { ChallengeCommand, FlowCommand, FlowView } from './flow-rules.js';
import { lookUpHandler } from './handler-check.js';
import { captureLogs, type LogSink } from './log-capture.js';
import type { FlowConfig } from './options.js';
import { ExecutionBudget } from './time-budget.js';
import type { ContinueRequest, SimulatedAction, Simulation, SimulationStatus } from './types.js';
import { copyData, spreadInto } from '../util/copy-data.js';
import { NativeMap, NativeSet, defineProperties, objectKeys } from '../util/intrinsics.js';
import { transactionState } from '../mechanisms/redirect/transaction-state.js';

/** Why the flow is waiting, and on which Action. */
type Suspension =
  | { kind: 'challenge'; actionIndex: number; challenge: ChallengeCommand; offer: FactorSelector[] }
  | { kind: 'redirect'; actionIndex: number; url: string }
  | { kind: 'prompt'; actionIndex: number; id: string; fields: Record<string, unknown>; vars: Record<string, unknown> };

/** A command an Action's handler left for the flow, still to be carried out. */
interface QueuedCommand {
  actionIndex: number;
  command: FlowCommand;
}

/**
 * The flow's own event. Below its top level it may share objects with the kept event template (see
 * sharedBuiltEvent), so the flow replaces top-level values and never changes nested ones in place.
 */
type FlowEvent = Record<string, unknown> & {
  secrets?: Record<string, string>;
  user?: { user_id?: string };
  request?: unknown;
};

/**
 * One user flow through the trigger's Actions, with the runtime's rules (reference B.1, D): Actions run in order,
 * each on its own snapshot of the event and its own api over the flow's cache. After each handler, the trigger's
 * flow rules (see flow-rules.ts) say what its effects ask for: a deny ends the flow, MFA commands pause it before
 * the next Action, a redirect or a prompt suspends it until the browser comes back to `/continue`, which resumes
 * the same Action's continue handler. The engine names no api method and no trigger.
 *
 * The Simulation the user holds is a view this class keeps up to date; `continue` and `completeChallenge` advance
 * it in place and resolve to it.
 */
export class Flow {
  private readonly event: FlowEvent;
  /** The `state` the runtime adds to redirects: one per transaction, derived from the seed so runs repeat. */
  private readonly state: string;
  private readonly apis: ApiInternals[] = [];
  private readonly view: Simulation;
  private readonly rules: FlowView;
  private readonly ruleState = new NativeMap<string, unknown>();
  /** What api parts share across the handler calls of this transaction (see ApiContext.transaction). */
  private readonly transaction: Record<string, unknown> = {};
  private queue: QueuedCommand[] = [];
  private pending: Suspension | undefined;
  private challengeCommands = 0;
  private endReached = false;
  private busy = false;
  private currentAction = '';
  private reported: string[] = [];

  constructor(
    private readonly config: FlowConfig,
    private readonly actions: readonly FlowAction[],
  ) {
    this.event = config.event;
    this.state = transactionState(config.seed);
    this.view = this.createView();
    this.rules = this.createRuleView();
  }

  start(): Promise<Simulation> {
    return this.step(
      'simulate',
      () => true,
      async () => {
        await this.advance(-1, this.newBudget());
      },
    );
  }

  private completeChallenge(factorType?: unknown): Promise<Simulation> {
    return this.step(
      'completeChallenge',
      (pending) => pending?.kind === 'challenge',
      async () => {
        const pending = this.pending as Extract<Suspension, { kind: 'challenge' }>;
        const offered = pending.offer.map((factor) => factor.type as string);
        const type = factorType === undefined ? offered[0] : factorType;
        if (typeof type !== 'string' || !offered.includes(type)) {
          throw argumentError(
            'simulation.completeChallenge()',
            'factorType',
            `a factor the pending challenge offers (${offered.map((t) => `'${t}'`).join(', ')})`,
            factorType,
          );
        }
        const changes = pending.challenge.complete(this.event, type);
        for (const key of objectKeys(changes)) this.event[key] = changes[key];
        this.resume();
        await this.advance(pending.actionIndex, this.newBudget());
      },
    );
  }

  private continue(request?: ContinueRequest): Promise<Simulation> {
    return this.step(
      'continue',
      (pending) => pending?.kind === 'redirect' || pending?.kind === 'prompt',
      async () => {
        const pending = this.pending as Extract<Suspension, { kind: 'redirect' | 'prompt' }>;
        const subject = `${this.event.user?.user_id ?? ''}`;
        const resumed = continueRequest('simulation.continue()', this.event.request, request, {
          state: this.state,
          subject,
        });
        this.event.request = resumed;
        this.resume();
        const index = pending.actionIndex;
        const sentState = stateOf(resumed);
        if (sentState !== this.state) {
          this.fail(this.lastRecord(), invalidContinueState(this.state, sentState));
          return;
        }
        const event = this.snapshot(index);
        if (pending.kind === 'prompt') {
          const fields = (event.request as { body: Record<string, unknown> }).body;
          event.prompt = { id: pending.id, fields: copyData(fields), vars: copyData(pending.vars) };
        }
        const handler = this.config.definition.handlers.continue as string;
        const budget = this.newBudget();
        const name = this.actions[index]?.name as string;
        if (
          await this.call(index, handler, 'continue', event, budget, () =>
            missingContinueHandler(name, pending.kind, handler),
          )
        ) {
          await this.advance(index, budget);
        }
      },
    );
  }

  /** Runs one step of the flow, refusing it unless the flow waits for exactly this step. */
  private async step(
    method: string,
    accepts: (pending: Suspension | undefined) => boolean,
    work: () => Promise<void>,
  ): Promise<Simulation> {
    if (this.busy) throw stillRunning(method);
    if (!accepts(this.pending)) throw notWaitingFor(method, this.view.status);
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
      this.report();
    }
    return this.view;
  }

  private newBudget(): ExecutionBudget {
    return new ExecutionBudget(this.config.limits.executionTimeoutMs);
  }

  /** Carries out the commands Action `index` left, then runs the Actions after it, until the flow waits or ends. */
  private async advance(index: number, budget: ExecutionBudget): Promise<void> {
    const { handlers } = this.config.definition;
    for (;;) {
      const next = this.queue.shift();
      if (next) {
        const { command, actionIndex } = next;
        if (command.kind === 'rerun') {
          index = actionIndex;
          if (!(await this.call(index, handlers.execute, 'execute', this.snapshot(index), budget))) return;
          continue;
        }
        if (command.kind === 'challenge') {
          const decision = command.challenge.resolve(this.event, this.rules);
          if ('skip' in decision) continue;
          if ('error' in decision) {
            this.fail(this.lastRecord(), decision.error);
            return;
          }
          this.pause({ kind: 'challenge', actionIndex, challenge: command.challenge, offer: decision.offer });
          return;
        }
        if (command.kind === 'redirect') {
          this.pause({
            kind: 'redirect',
            actionIndex,
            url: buildUrl('api.redirect.sendUserTo()', command.url, { state: this.state }),
          });
          return;
        }
        if (command.kind === 'prompt') {
          this.pause({ kind: 'prompt', actionIndex, id: command.id, fields: command.fields, vars: command.vars });
          return;
        }
        continue;
      }
      index += 1;
      if (index >= this.actions.length) {
        if (!this.endReached && this.actions.length > 0) {
          this.endReached = true;
          const last = this.actions.length - 1;
          const commands = this.config.definition.flowRules.flatMap((rule) => rule.atEnd?.(this.rules) ?? []);
          if (!this.apply(last, this.lastRecord(), commands)) return;
          if (this.queue.length > 0) continue;
        }
        this.setStatus('completed');
        return;
      }
      if (!(await this.call(index, handlers.execute, 'execute', this.snapshot(index), budget))) return;
    }
  }

  /**
   * One handler call: a fresh api (built exactly as `mockApi` builds one) over the flow's cache, console output
   * captured, the execution's time budget enforced. Returns whether the flow may go on.
   */
  private async call(
    index: number,
    handlerName: string,
    kind: HandlerKind,
    event: FlowEvent,
    budget: ExecutionBudget,
    whenMissing?: () => Error,
  ): Promise<boolean> {
    const action = this.actions[index] as FlowAction;
    const { definition, cache, limits, options, echoLogs } = this.config;
    const api = createApi(definition, { event, cache, limits, options, handler: kind, transaction: this.transaction });
    const internals = internalsOf(api) as ApiInternals;
    this.apis.push(internals);
    this.currentAction = action.name;
    const record: SimulatedAction = { name: action.name, handler: handlerName, event, api, logs: [] };
    this.view.actions.push(record);
    this.view.event = event;
    this.view.api = api;

    const lookup = lookUpHandler(action.module, handlerName);
    if (!lookup.ok) {
      const missing =
        whenMissing &&
        typeof action.module === 'object' &&
        action.module !== null &&
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
    if (outcome.kind === 'threw') {
      const answers = definition.flowRules.map((rule) => rule.afterError?.(outcome.error, internals, this.rules));
      if (answers.every((answer) => answer === undefined)) return this.fail(record, outcome.error);
      record.error = outcome.error;
      return this.apply(
        index,
        record,
        answers.flatMap((answer) => answer ?? []),
      );
    }
    if (outcome.kind === 'timed-out') {
      return this.fail(record, executionTimeout(action.name, handlerName, budget.limitMs, outcome.elapsedMs));
    }
    const commands = definition.flowRules.flatMap((rule) => rule.afterHandler?.(internals, this.rules) ?? []);
    return this.apply(index, record, commands);
  }

  /** Takes the commands of Action `index` in: a failure or a deny ends the flow now, the rest wait in the queue. */
  private apply(index: number, record: SimulatedAction | undefined, commands: readonly FlowCommand[]): boolean {
    assertBlockingCommands(this.config.definition, commands);
    const failure = commands.find((command) => command.kind === 'fail');
    if (failure) return this.fail(record, failure.error);
    const counted = commands.filter((command) => command.kind === 'challenge' && command.challenge.counted).length;
    this.challengeCommands += counted;
    const max = this.config.limits.maxChallengeCommands;
    if (counted > 0 && this.challengeCommands > max) {
      return this.fail(
        record,
        tooManyChallengeCommands(this.actions[index]?.name as string, this.challengeCommands, max),
      );
    }
    const deny = commands.find((command) => command.kind === 'deny');
    if (deny) {
      this.view.denial = { action: this.actions[index]?.name as string, ...copyData(deny.denial) };
      this.setStatus('denied');
      return false;
    }
    this.queue = commands.map((command) => ({ actionIndex: index, command }));
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
    if (this.config.cacheAcrossYields === 'lost') this.config.cache.clear();
    const action = this.actions[suspension.actionIndex]?.name as string;
    if (suspension.kind === 'challenge') {
      this.view.challenge = {
        action: suspension.challenge.action ?? action,
        method: suspension.challenge.method,
        factors: copyData(suspension.offer),
      };
      this.setStatus('challenged');
    } else if (suspension.kind === 'redirect') {
      this.view.redirect = { url: suspension.url, state: this.state };
      this.setStatus('redirected');
    } else {
      this.view.prompt = {
        action,
        id: suspension.id,
        fields: copyData(suspension.fields),
        vars: copyData(suspension.vars),
      };
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

  /** The Simulation's trigger-specific fields, as the flow rules report them now. */
  private report(): void {
    const view = this.view as unknown as Record<string, unknown>;
    for (const key of this.reported) delete view[key];
    const reported: string[] = [];
    for (const rule of this.config.definition.flowRules) {
      const fields = rule.report?.(this.rules);
      if (!fields) continue;
      for (const key of objectKeys(fields)) {
        view[key] = fields[key];
        reported.push(key);
      }
    }
    this.reported = reported;
  }

  private createRuleView(): FlowView {
    // The getters below have their own `this` (the view).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const flow = this;
    return {
      get apis() {
        return flow.apis;
      },
      get event() {
        return flow.event;
      },
      setEventField(key, value) {
        flow.event[key] = value;
      },
      get status() {
        return flow.view.status;
      },
      limits: this.config.limits,
      options: this.config.options,
      get actionName() {
        return flow.currentAction;
      },
      state<T>(slot: EffectSlot<T>): T {
        if (!flow.ruleState.has(slot.name)) flow.ruleState.set(slot.name, slot.create());
        return flow.ruleState.get(slot.name) as T;
      },
    };
  }

  /**
   * The user's Simulation: data as enumerable properties, the steps and the brand hidden, so printing and `toEqual`
   * show the data.
   */
  private createView(): Simulation {
    const view = {
      status: 'completed',
      event: undefined,
      api: undefined,
      actions: [],
      logs: [],
    } as unknown as Simulation;
    const internals: SimulationInternals = {
      kind: 'simulation',
      apis: () => [...this.apis],
      reported: () => [...this.reported],
    };
    const hidden = (value: unknown): PropertyDescriptor => ({
      value,
      enumerable: false,
      writable: true,
      configurable: true,
    });
    defineProperties(view, {
      continue: hidden((request?: ContinueRequest) => this.continue(request)),
      completeChallenge: hidden((factorType?: string) => this.completeChallenge(factorType)),
      [SIMULATION_BRAND]: { value: internals, enumerable: false },
    });
    return view;
  }
}

/** The `state` a `/continue` request carries: the runtime reads it from the query or the POST body. */
function stateOf(request: Record<string, unknown>): unknown {
  const query = request.query as Record<string, unknown> | undefined;
  const body = request.body as Record<string, unknown> | undefined;
  return query?.state ?? body?.state;
}

// A non-blocking trigger runs after the user's flow has gone on: nothing its Actions do can deny, pause or
// redirect it. A rule that asks for that is a bug in the trigger's definition, never a user's mistake.
const FLOW_CHANGING = new NativeSet<FlowCommand['kind']>(['deny', 'challenge', 'redirect', 'prompt']);
export function assertBlockingCommands(
  definition: { id: string; blocking: boolean },
  commands: readonly FlowCommand[],
): void {
  if (definition.blocking) return;
  const command = commands.find((candidate) => FLOW_CHANGING.has(candidate.kind));
  if (command) {
    throw new Error(
      `The ${definition.id} trigger is non-blocking, so no Action can ${command.kind} its flow: its definition's flow rules asked to.`,
    );
  }
}
