import type { ApiContext } from '../api/api-context.js';
import type { DataShape } from '../util/data-shape.js';
import type { SeededRandom } from '../util/seeded-random.js';

/**
 * Everything the library knows about one trigger. Adding a trigger is adding a folder that exports one of
 * these and listing it in registry.ts; mockEvent, mockApi, simulate and the matchers read only this.
 */
export interface TriggerDefinition<TEvent = unknown, TApi = unknown> {
  /** e.g. `'password-reset-post-challenge'`. */
  readonly id: string;
  /** The `@auth0/actions` version the shapes follow, e.g. `'v1'`. */
  readonly version: string;
  /** Handler export names: the first runs the Action, `continue` resumes it after a redirect or a prompt. */
  readonly handlers: { readonly execute: string; readonly continue?: string };
  /** Blocking triggers hold the flow until each Action has finished. */
  readonly blocking: boolean;
  /** Most Actions a tenant can bind to the trigger. */
  readonly maxActions: number;
  /**
   * The event for one seed, built at `at` (ms; see `referenceTime`). The same arguments must give the same event:
   * built events are kept and copied (shared/event-templates.ts).
   */
  buildEvent(random: SeededRandom, at: number): TEvent;
  /** Every event the runtime can send on this trigger fits it; overrides that break it are refused. */
  readonly eventShape: DataShape;
  buildApi(context: ApiContext<TEvent>): TApi;
}
