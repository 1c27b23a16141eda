import { freeze } from '../../util/intrinsics.js';
import type { FactorType } from '../../mechanisms/challenge/factor-selector.js';

/** What `enrollWith` / `enrollWithAny` take (EnrollmentFactorSelector, reference E.1.1): every factor but email. */
export const ENROLLMENT_FACTOR_TYPES: readonly Exclude<FactorType, 'email'>[] = freeze([
  'otp',
  'webauthn-platform',
  'webauthn-roaming',
  'recovery-code',
  'phone',
  'push',
  'push-notification',
]);
