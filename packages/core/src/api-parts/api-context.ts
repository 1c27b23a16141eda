import { API_BRAND } from '../shared/brand.js';
import type { MockCache } from '../shared/cache.js';
import type { PromptLimits } from '../shared/prompt-render.js';
import type { Recorder } from '../shared/recorder.js';
import { secretValuesOf, withoutSecrets } from '../shared/secret-redaction.js';
import type { ActionEffects } from './action-effects.js';

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
 * Adds a recorded method to a namespace as an own, writable, configurable, enumerable property, so
 * `jest.spyOn`, `vi.spyOn`, `sinon.stub` and node:test's `mock.method` can replace it. A call is recorded only
 * once it has passed the runtime's checks: a call the runtime rejects leaves no trace. Its error never shows a
 * value of `event.secrets`: each prints as `[secret]`.
 */
export function defineMethod<TArgs extends unknown[], TResult>(
  context: ApiContext,
  namespace: object,
  path: string,
  implementation: (...args: TArgs) => TResult,
  options: { recordResult?: boolean } = {},
): void {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const method = function (this: unknown, ...args: TArgs): TResult {
    let result: TResult;
    try {
      result = implementation(...args);
    } catch (error) {
      // An Action that passes a secret where another argument belongs must not see it echoed in a test log.
      throw withoutSecrets(error, secretValuesOf(context.event));
    }
    context.recorder.record(path, args, options.recordResult ? result : undefined);
    return result;
  };
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(namespace, name, { value: method, writable: true, configurable: true, enumerable: true });
}

export function attachInternals(api: object, context: ApiContext): void {
  const internals: ApiInternals = { ...context, kind: 'api' };
  Object.defineProperty(api, API_BRAND, { value: internals, enumerable: false });
}
