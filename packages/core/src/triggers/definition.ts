import type { ApiContext } from '../api/api-context.js';
import type { DataShape, ShapeProblem } from '../util/data-shape.js';
import type { SeededRandom } from '../util/seeded-random.js';
import type { FlowRule } from '../simulation/flow-rules.js';
import type { UserRules } from './common/user-consistency.js';

/** An option a trigger adds to `mockApi()` and `simulate()` (`validateIssuer`, `tenant`...). */
export interface TriggerOption {
  /** `'api'`: both mockApi() and simulate() take it; `'flow'`: only simulate(). */
  readonly scope: 'api' | 'flow';
  readonly defaultValue: unknown;
  /** The value to use, or an argument error naming `fn` and `argument`. */
  check(fn: string, argument: string, value: unknown): unknown;
}

/**
 * Everything the library knows about one trigger. Adding a trigger is adding a folder that exports one of these
 * and listing it in registry.ts; mockEvent, mockApi, simulate and the snapshot read only this.
 */
export interface TriggerDefinition<TEvent = unknown, TApi = unknown> {
  /** e.g. `'post-login'`. */
  readonly id: string;
  /** The `@auth0/actions` version the shapes follow, e.g. `'v3'`. */
  readonly version: string;
  /** Handler export names: the first runs the Action, `continue` resumes it after a redirect or a prompt. */
  readonly handlers: { readonly execute: string; readonly continue?: string };
  /** Blocking triggers hold the user's flow until each Action has finished; the others run after it. */
  readonly blocking: boolean;
  /** Most Actions a tenant can bind to the trigger. */
  readonly maxActions: number;
  /**
   * The event for one seed, built at `at` (ms). The same arguments must give the same event: built events are
   * kept and copied (event-templates.ts).
   */
  buildEvent(random: SeededRandom, at: number): TEvent;
  /** Every event the runtime can send on this trigger fits it; overrides that break it are refused. */
  readonly eventShape: DataShape;
  /** What this trigger adds to the consistency rules of an event's `user` (common/user-consistency.ts). */
  readonly userRules?: UserRules;
  /**
   * Fields of an overridden event that must agree with each other beyond what the shape says (a phone message's
   * code comes with the OTP types only): the first disagreement, under `path`. Built events always agree.
   */
  eventProblem?(event: Record<string, unknown>, path: string): ShapeProblem | undefined;
  /**
   * Fields the built event renders from others (a message's text from its code and type), rendered again after
   * overrides that change what they are rendered from and leave them alone, as production would render them. It
   * runs on an event that passed every check, and writes only the rendered fields.
   */
  renderOverriddenEvent?(event: Record<string, unknown>, overrides: Record<string, unknown>): void;
  /**
   * What an event handed to `mockApi({ event })` must have for this api to work (a user for tokens, a request
   * for redirects): throws an argument error naming `fn` and the field. Without it, any object is taken.
   */
  assertApiEvent?(fn: string, event: Record<string, unknown>): void;
  buildApi(context: ApiContext<TEvent>): TApi;
  /** What each api part's effects mean for the flow, and what the Simulation reports: see flow-rules.ts. */
  readonly flowRules: readonly FlowRule[];
  /** Options only this trigger takes, by name. */
  readonly options?: Readonly<Record<string, TriggerOption>>;
}
