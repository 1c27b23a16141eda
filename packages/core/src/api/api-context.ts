import { API_BRAND } from '../util/brand.js';
import type { MockCache } from '../mechanisms/cache/cache.js';
import type { Limits } from '../limits.js';
import type { Recorder } from './recorder.js';
import { secretValuesOf, withoutSecrets } from '../util/secret-redaction.js';
import type { Effects } from './effects.js';
import { defineProperty } from '../util/intrinsics.js';

/** Which export of the Action the api is handed to: some methods exist only in one (`recordMethod`). */
export type HandlerKind = 'execute' | 'continue';

/** Everything an `api` method needs: the event it acts on, where calls go, what they asked of the flow. */
export interface ApiContext<TEvent = unknown> {
  readonly trigger: string;
  readonly event: TEvent;
  readonly cache: MockCache;
  readonly recorder: Recorder;
  /** What this handler call asked of the flow, by the api part that owns each slot (see effects.ts). */
  readonly effects: Effects;
  readonly limits: Readonly<Limits>;
  /** The trigger's own options (`validateIssuer`, `tenant`...), checked and defaulted by its definition. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly handler: HandlerKind;
  /**
   * Values one api part hands another within a whole flow (a primary user set once per transaction): shared by
   * every handler call of a simulation, private to a lone mockApi().
   */
  readonly transaction: Record<string, unknown>;
  /** The api object itself, once built: what chaining methods (⟲ in the reference) return. */
  api: object;
}

/** The hidden side of an `api`, reached by the registered brand symbol (see brand.ts). */
export interface ApiInternals<TEvent = unknown> extends ApiContext<TEvent> {
  readonly kind: 'api';
}

export function internalsOf(value: unknown): ApiInternals | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const internals = (value as Record<symbol, unknown>)[API_BRAND];
  return typeof internals === 'object' && internals !== null && (internals as ApiInternals).kind === 'api'
    ? (internals as ApiInternals)
    : undefined;
}

/** What a recorded method gives back: nothing, its own result (recorded too), or the api for chaining. */
export type Returns = 'nothing' | 'result' | 'api';

/**
 * The body of every recorded `api` method. Each api part writes its methods as method shorthand in an object
 * literal (`deny(...args) { return recordedCall(context, 'access.deny', args, deny, 'api'); }`): an own,
 * writable, configurable, enumerable property named after the method, so `jest.spyOn`, `vi.spyOn`, `sinon.stub`
 * and node:test's `mock.method` can replace it, and cheap to create, since every mockApi() and every handler call
 * of a simulation builds a whole api. A call the runtime refuses is logged with its error, as a spy would see
 * it, and counts for no matcher and no flow rule. Its error never shows a value of `event.secrets`: each prints
 * as `[secret]`.
 */
export function recordedCall<TContext extends ApiContext, TArgs extends unknown[], TResult>(
  context: TContext,
  path: string,
  args: TArgs,
  implementation: (context: TContext, ...args: TArgs) => TResult,
  returns: Returns = 'nothing',
  // What comes back depends on `returns` (nothing, the result, the api): each caller's method declares which.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any {
  let result: TResult;
  try {
    result = implementation(context, ...args);
  } catch (error) {
    // An Action that passes a secret where another argument belongs must not see it echoed in a test log.
    const shown = withoutSecrets(error, secretValuesOf(context.event));
    context.recorder.refused(path, args, shown);
    throw shown;
  }
  if (isThenable(result)) return settledCall(context, path, args, result, returns);
  if (returns === 'result') {
    context.recorder.record(path, args, result);
    return result;
  }
  context.recorder.record(path, args);
  return returns === 'api' ? context.api : undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * An async method (post-login's `api.groups`, `api.roles`): logged in call order now, and once its promise settles,
 * with its result, or with its error when the runtime's promise rejects (a refused call, as a spy would see it).
 */
function settledCall(
  context: ApiContext,
  path: string,
  args: unknown[],
  result: PromiseLike<unknown>,
  returns: Returns,
): Promise<unknown> {
  context.recorder.record(path, args);
  const call = context.recorder.calls[context.recorder.calls.length - 1]!;
  return Promise.resolve(result).then(
    (value) => {
      if (returns === 'result' && value !== undefined) call.result = value;
      return returns === 'api' ? context.api : returns === 'result' ? value : undefined;
    },
    (error: unknown) => {
      const shown = withoutSecrets(error, secretValuesOf(context.event));
      call.error = shown;
      throw shown;
    },
  );
}

/**
 * Hides the api's context under the brand. createApi() builds every context as internals (tagged `kind: 'api'`),
 * so nothing is copied: a copy made with `{ ...context, kind }` took V8's slow path on every mockApi().
 */
export function attachInternals(api: object, context: ApiContext): void {
  defineProperty(api, API_BRAND, { value: context, enumerable: false });
  context.api = api;
}
