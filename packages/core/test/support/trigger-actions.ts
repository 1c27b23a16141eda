import { resolveTrigger } from '../../src/triggers/registry.js';
import type { TriggerId } from '../../src/index.js';

type AnyHandler = (event: any, api: any) => Promise<void>;

/**
 * An Action module for any trigger, by role rather than export name (`onExecutePostLogin`, `onExecutePostChallenge`
 * ...), so a mechanism's tests run over every trigger that has the mechanism.
 */
export function actionFor(
  trigger: TriggerId,
  name: string,
  execute: AnyHandler,
  resume?: AnyHandler,
): Record<string, unknown> {
  const { handlers } = resolveTrigger('actionFor()', trigger);
  const module: Record<string, unknown> = { name, [handlers.execute]: execute };
  if (resume && handlers.continue) module[handlers.continue] = resume;
  return module;
}
