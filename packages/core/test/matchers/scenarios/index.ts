import { failedSimulationScenario, type Scenario } from './tools.js';
import { toHaveCached } from './to-have-cached.js';
import { toHaveChallengedWith } from './to-have-challenged-with.js';
import { toHaveChallengedWithAny } from './to-have-challenged-with-any.js';
import { toHaveDenied } from './to-have-denied.js';
import { toHaveRenderedPrompt } from './to-have-rendered-prompt.js';
import { toHaveSetResultUrl } from './to-have-set-result-url.js';
import { toHaveSetUser } from './to-have-set-user.js';
import { toRedirectTo } from './to-redirect-to.js';
import { toHaveSetUserMetadata } from './to-have-set-user-metadata.js';
import { toHaveSetAppMetadata } from './to-have-set-app-metadata.js';
import { toHaveRaisedValidationError } from './to-have-raised-validation-error.js';
import { toHaveSetIdTokenClaim } from './to-have-set-id-token-claim.js';
import { toHaveSetAccessTokenClaim } from './to-have-set-access-token-claim.js';
import { toHaveAddedScope } from './to-have-added-scope.js';
import { toHaveRemovedScope } from './to-have-removed-scope.js';
import { toHaveEnabledMultifactor } from './to-have-enabled-multifactor.js';
import { toHaveEnrolledWith } from './to-have-enrolled-with.js';
import { toHaveEnrolledWithAny } from './to-have-enrolled-with-any.js';
import { toHaveSetPrimaryUser } from './to-have-set-primary-user.js';
import { toHaveSetTransactionMetadata } from './to-have-set-transaction-metadata.js';
import { toHaveDroppedNotification } from './to-have-dropped-notification.js';
import { toHaveRetriedNotification } from './to-have-retried-notification.js';

export * from './tools.js';

/** Every matcher's scenarios, by matcher name. */
export const scenarios: Record<string, Scenario[]> = {
  toHaveDenied: [...toHaveDenied, failedSimulationScenario((a) => a.toHaveDenied())],
  toHaveChallengedWith: [...toHaveChallengedWith, failedSimulationScenario((a) => a.toHaveChallengedWith('otp'))],
  toHaveChallengedWithAny: [
    ...toHaveChallengedWithAny,
    failedSimulationScenario((a) => a.toHaveChallengedWithAny(['otp'])),
  ],
  toRedirectTo: [...toRedirectTo, failedSimulationScenario((a) => a.toRedirectTo())],
  toHaveSetResultUrl: [...toHaveSetResultUrl, failedSimulationScenario((a) => a.toHaveSetResultUrl())],
  toHaveRenderedPrompt: [...toHaveRenderedPrompt, failedSimulationScenario((a) => a.toHaveRenderedPrompt())],
  toHaveCached: [...toHaveCached, failedSimulationScenario((a) => a.toHaveCached('risk', 'low'))],
  toHaveSetUserMetadata: [...toHaveSetUserMetadata, failedSimulationScenario((a) => a.toHaveSetUserMetadata('plan'))],
  toHaveSetAppMetadata: [...toHaveSetAppMetadata, failedSimulationScenario((a) => a.toHaveSetAppMetadata('plan'))],
  toHaveRaisedValidationError: [
    ...toHaveRaisedValidationError,
    failedSimulationScenario((a) => a.toHaveRaisedValidationError()),
  ],
  toHaveSetIdTokenClaim: [
    ...toHaveSetIdTokenClaim,
    failedSimulationScenario((a) => a.toHaveSetIdTokenClaim('https://example.com/roles')),
  ],
  toHaveSetAccessTokenClaim: [
    ...toHaveSetAccessTokenClaim,
    failedSimulationScenario((a) => a.toHaveSetAccessTokenClaim('https://example.com/roles')),
  ],
  toHaveAddedScope: [...toHaveAddedScope, failedSimulationScenario((a) => a.toHaveAddedScope('read:reports'))],
  toHaveRemovedScope: [...toHaveRemovedScope, failedSimulationScenario((a) => a.toHaveRemovedScope('delete:reports'))],
  toHaveEnabledMultifactor: [
    ...toHaveEnabledMultifactor,
    failedSimulationScenario((a) => a.toHaveEnabledMultifactor('any')),
  ],
  toHaveEnrolledWith: [...toHaveEnrolledWith, failedSimulationScenario((a) => a.toHaveEnrolledWith('otp'))],
  toHaveEnrolledWithAny: [...toHaveEnrolledWithAny, failedSimulationScenario((a) => a.toHaveEnrolledWithAny(['otp']))],
  toHaveSetPrimaryUser: [...toHaveSetPrimaryUser, failedSimulationScenario((a) => a.toHaveSetPrimaryUser())],
  toHaveSetTransactionMetadata: [
    ...toHaveSetTransactionMetadata,
    failedSimulationScenario((a) => a.toHaveSetTransactionMetadata('risk_score')),
  ],
  toHaveSetUser: [...toHaveSetUser, failedSimulationScenario((a) => a.toHaveSetUser({ userId: 'auth0|1' }))],
  toHaveDroppedNotification: [
    ...toHaveDroppedNotification,
    failedSimulationScenario((a) => a.toHaveDroppedNotification()),
  ],
  toHaveRetriedNotification: [
    ...toHaveRetriedNotification,
    failedSimulationScenario((a) => a.toHaveRetriedNotification()),
  ],
};
