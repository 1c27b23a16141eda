import { TRIGGER_IDS, type TriggerId } from '../../src/index.js';

/**
 * Which triggers have each shared mechanism. The mechanisms' tests run over these lists, so a new trigger is tested
 * by adding it to the lists of the mechanisms its api has.
 */

/** Every trigger's api has `cache` (reference E). */
export const CACHE_TRIGGERS: readonly TriggerId[] = TRIGGER_IDS;

/** `api.redirect` (`sendUserTo`, `encodeToken`, `validateToken`) and the resume at `/continue`. */
export const REDIRECT_TRIGGERS: readonly TriggerId[] = ['password-reset-post-challenge', 'post-login'];

/** `api.authentication.challengeWith` / `challengeWithAny`. */
export const CHALLENGE_TRIGGERS: readonly TriggerId[] = ['password-reset-post-challenge', 'post-login'];

/** `api.prompt.render`. */
export const PROMPT_TRIGGERS: readonly TriggerId[] = ['password-reset-post-challenge', 'post-login'];

/** `api.notification.drop` / `retry`, the reruns of a retried Action and `sim.notification`. */
export const NOTIFICATION_TRIGGERS: readonly TriggerId[] = ['custom-email-provider', 'custom-phone-provider'];

/** `api.transaction.setMetadata` (reference D.10): mirrored into `event.transaction.metadata` at once. */
export const TRANSACTION_METADATA_TRIGGERS: readonly TriggerId[] = ['post-login', 'custom-token-exchange'];
