import { TRIGGER_IDS, resolveTrigger } from '../triggers/registry.js';
import type { ActionModule } from './load-action.js';

/** Every handler name of every trigger this library knows. */
function allHandlerNames(): string[] {
  return TRIGGER_IDS.flatMap((id) => {
    const { execute, continue: resume } = resolveTrigger('loadAction()', id).handlers;
    return resume === undefined ? [execute] : [execute, resume];
  });
}

/**
 * An instance whose module-level code threw. The runtime runs that code on the first execute and, once it has
 * failed, re-throws the same error on every later one (reference D.9): each handler here does exactly that, whatever
 * trigger the instance is given to.
 */
export function failedInstance(error: unknown): ActionModule {
  const instance: ActionModule = {};
  for (const name of allHandlerNames()) {
    instance[name] = async function rethrowModuleError() {
      throw error;
    };
  }
  return instance;
}
