import { API_BRAND } from '../util/brand.js';
import type { MockCache } from '../mechanisms/cache/cache.js';
import type { PromptLimits } from '../mechanisms/prompt/prompt-render.js';
import type { Recorder } from './recorder.js';
import { secretValuesOf, withoutSecrets } from '../util/secret-redaction.js';
import type { ActionEffects } from './effects.js';
import { defineProperty } from '../util/intrinsics.js';

/** Everything an `api` method needs: the event it acts on, where calls go, what they changed. */
export interface ApiContext<TEvent = unknown> {
  readonly trigger: string;
  readonly event: TEvent;
  readonly cache: MockCache;
  readonly recorder: Recorder;
  readonly effects: ActionEffects;
  readonly promptLimits: Readonly<PromptLimits>;
  readonly validateIssuer: boolean;
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

/**
 * The body of every recorded `api` method. Each api part writes its methods as method shorthand in an object
 * literal (`deny(...args) { return recordedCall(context, 'access.deny', args, deny); }`): an own, writable,
 * configurable, enumerable property named after the method, so `jest.spyOn`, `vi.spyOn`, `sinon.stub` and
 * node:test's `mock.method` can replace it, and cheap to create, since every mockApi() and every handler call
 * of a simulation builds a whole api. A call is recorded only once it has passed the runtime's checks: a call
 * the runtime rejects leaves no trace. Its error never shows a value of `event.secrets`: each prints as
 * `[secret]`.
 */
export function recordedCall<TContext extends ApiContext, TArgs extends unknown[], TResult>(
  context: TContext,
  path: string,
  args: TArgs,
  implementation: (context: TContext, ...args: TArgs) => TResult,
  recordResult = false,
): TResult {
  let result: TResult;
  try {
    result = implementation(context, ...args);
  } catch (error) {
    // An Action that passes a secret where another argument belongs must not see it echoed in a test log.
    throw withoutSecrets(error, secretValuesOf(context.event));
  }
  context.recorder.record(path, args, recordResult ? result : undefined);
  return result;
}

/**
 * Hides the api's context under the brand. createApi() builds every context as internals (tagged `kind: 'api'`),
 * so nothing is copied: a copy made with `{ ...context, kind }` took V8's slow path on every mockApi().
 */
export function attachInternals(api: object, context: ApiContext): void {
  defineProperty(api, API_BRAND, { value: context as ApiInternals, enumerable: false });
}
