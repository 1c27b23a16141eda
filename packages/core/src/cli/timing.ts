import { performance } from 'node:perf_hooks';
import type { ActionModule } from '../deployed/load-action.js';

/** How long each handler call took, keyed by the api it was given (each call gets its own). */
export type Timings = WeakMap<object, number>;

const HANDLER = /^on(Execute|Continue)[A-Z]/;

function isAsyncFunction(value: unknown): value is (...args: unknown[]) => Promise<unknown> {
  return typeof value === 'function' && value.constructor?.name === 'AsyncFunction';
}

/**
 * Each handler wrapped to time its call. Only `async` handlers are wrapped: a wrapper would hide from the flow that a
 * handler is not `async`, which the runtime refuses. Every other export (and a handler's `this`) is kept.
 */
export function timed(module: ActionModule, timings: Timings): ActionModule {
  const result: ActionModule = { ...module };
  for (const [key, handler] of Object.entries(module)) {
    if (!HANDLER.test(key) || !isAsyncFunction(handler)) continue;
    result[key] = async function timedHandler(this: unknown, event: unknown, api: unknown): Promise<unknown> {
      const start = performance.now();
      try {
        return await handler.call(this, event, api);
      } finally {
        if (typeof api === 'object' && api !== null) timings.set(api, performance.now() - start);
      }
    };
  }
  return result;
}
