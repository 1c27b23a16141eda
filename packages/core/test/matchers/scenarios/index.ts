import { failedSimulationScenario, type Scenario } from './tools.js';
import { toHaveCached } from './to-have-cached.js';
import { toHaveChallengedWith } from './to-have-challenged-with.js';
import { toHaveChallengedWithAny } from './to-have-challenged-with-any.js';
import { toHaveDenied } from './to-have-denied.js';
import { toHaveRenderedPrompt } from './to-have-rendered-prompt.js';
import { toHaveSetResultUrl } from './to-have-set-result-url.js';
import { toRedirectTo } from './to-redirect-to.js';
import { toHaveDroppedNotification } from './to-have-dropped-notification.js';
import { toHaveRetriedNotification } from './to-have-retried-notification.js';

export * from './tools.js';

/** Every matcher's scenarios, by matcher name. */
export const scenarios: Record<string, Scenario[]> = {
  toHaveDenied: [...toHaveDenied, failedSimulationScenario((a) => a.toHaveDenied())],
  toHaveChallengedWith: [...toHaveChallengedWith, failedSimulationScenario((a) => a.toHaveChallengedWith('otp'))],
  toHaveChallengedWithAny: [...toHaveChallengedWithAny, failedSimulationScenario((a) => a.toHaveChallengedWithAny(['otp']))],
  toRedirectTo: [...toRedirectTo, failedSimulationScenario((a) => a.toRedirectTo())],
  toHaveSetResultUrl: [...toHaveSetResultUrl, failedSimulationScenario((a) => a.toHaveSetResultUrl())],
  toHaveRenderedPrompt: [...toHaveRenderedPrompt, failedSimulationScenario((a) => a.toHaveRenderedPrompt())],
  toHaveCached: [...toHaveCached, failedSimulationScenario((a) => a.toHaveCached('risk', 'low'))],
  toHaveDroppedNotification: [...toHaveDroppedNotification, failedSimulationScenario((a) => a.toHaveDroppedNotification())],
  toHaveRetriedNotification: [...toHaveRetriedNotification, failedSimulationScenario((a) => a.toHaveRetriedNotification())],
};
