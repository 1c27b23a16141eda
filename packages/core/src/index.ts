export { mockEvent, type MockEventOptions, type EventOverrides } from './mock-event.js';
export { mockContinueEvent, type MockContinueEventOptions } from './mock-continue-event.js';
export { mockApi, type MockApiOptions } from './mock-api.js';
export { recorded } from './api/recorded.js';
export {
  createCache,
  DEFAULT_CACHE_LIMITS,
  type MockCache,
  type CacheLimits,
  type CacheRecord,
  type CacheSetOptions,
  type CacheWriteResult,
  type CacheDeleteResult,
  type CacheWriteErrorCode,
} from './mechanisms/cache/cache.js';
export { DEFAULT_LIMITS, type Limits, type FlowLimits } from './limits.js';
export {
  signSessionToken,
  DEFAULT_EXTERNAL_ISSUER,
  type SignSessionTokenOptions,
} from './mechanisms/tokens/sign-session-token.js';
export { installClock, type Clock, type ClockOptions } from './clock.js';
export { FACTOR_TYPES, type FactorSelector, type FactorType } from './mechanisms/challenge/factor-selector.js';
export type { RecordedCall, CallLog } from './api/recorder.js';
export type { PromptLimits, PromptOptions } from './mechanisms/prompt/prompt-render.js';
// What `sim.notification` holds for the notification triggers, and their `actionErrors` option's values.
export type { NotificationReport } from './mechanisms/notification/notification-rule.js';
export type { NotificationActionErrors } from './mechanisms/notification/action-errors-option.js';
export type { TokenCreationOptions, ValidateTokenOptions } from './mechanisms/tokens/session-token.js';
export type { DeepPartial } from './util/deep-merge.js';
export { TRIGGER_IDS } from './triggers/registry.js';
// The registry re-exports each trigger's named types (`PostChallengeEvent`, `PostLoginApi`...) and the types by id.
export type * from './triggers/registry.js';
export type * from './triggers/common/event-types.js';
export {
  simulate,
  FlowError,
  type BaseSimulateOptions,
  type ContinueRequest,
  type ContinueToken,
  type Denial,
  type PendingChallenge,
  type PendingPrompt,
  type SimulateOptions,
  type SimulatedAction,
  type Simulation,
  type SimulationOf,
  type SimulationRedirect,
  type SimulationStatus,
} from './simulation/index.js';
export { snapshotSerializer, type SnapshotSerializer } from './snapshot/index.js';
export {
  loadAction,
  loadTenant,
  type ActionModule,
  type LoadActionOptions,
  type LoadTenantOptions,
  type ModuleSpec,
  type Tenant,
  type TenantAction,
} from './deployed/index.js';
