import { argumentError, describeValue, isPlainObject } from '../../util/errors.js';
import { freeze, isArray } from '../../util/intrinsics.js';

export type FactorSelector =
  | {
      type: 'otp' | 'email' | 'webauthn-platform' | 'webauthn-roaming' | 'recovery-code';
      options?: Record<string, unknown>;
    }
  | { type: 'phone'; options?: { preferredMethod?: 'sms' | 'voice' | 'both' } }
  | { type: 'push' | 'push-notification'; options?: { otpFallback?: boolean } };

export type FactorType = FactorSelector['type'];

export const FACTOR_TYPES: readonly FactorType[] = freeze([
  'otp',
  'email',
  'webauthn-platform',
  'webauthn-roaming',
  'recovery-code',
  'phone',
  'push',
  'push-notification',
]);

const PREFERRED_METHODS = ['sms', 'voice', 'both'];

function hint(type: unknown): string {
  if (type === 'sms' || type === 'voice') {
    return ` Use { type: 'phone', options: { preferredMethod: '${type}' } } for ${type}.`;
  }
  return '';
}

/**
 * Production ignores a factor it does not know and fails the transaction later, far from the cause; the mock
 * rejects it at the call, naming the value.
 */
export function assertFactorSelector(
  method: string,
  argument: string,
  selector: unknown,
): asserts selector is FactorSelector {
  if (!isPlainObject(selector)) {
    const shorthand =
      typeof selector === 'string' && (FACTOR_TYPES as readonly string[]).includes(selector)
        ? ` Pass { type: '${selector}' }: the runtime takes a FactorSelector object, not a string.`
        : '';
    throw new TypeError(
      `${method}: ${argument} must be a FactorSelector object ({ type, options? }); received ${describeValue(selector)}.${shorthand}`,
    );
  }
  const { type, options } = selector;
  if (typeof type !== 'string' || !(FACTOR_TYPES as readonly string[]).includes(type)) {
    throw new TypeError(
      `${method}: ${argument}.type ${describeValue(type)} is not a factor type the runtime accepts. ` +
        `Expected one of: ${FACTOR_TYPES.map((t) => `'${t}'`).join(', ')}.${hint(type)}`,
    );
  }
  if (options === undefined) return;
  if (!isPlainObject(options)) throw argumentError(method, `${argument}.options`, 'an object', options);
  if (
    type === 'phone' &&
    options.preferredMethod !== undefined &&
    !PREFERRED_METHODS.includes(options.preferredMethod as string)
  ) {
    throw argumentError(
      method,
      `${argument}.options.preferredMethod`,
      "'sms', 'voice' or 'both'",
      options.preferredMethod,
    );
  }
  if (
    (type === 'push' || type === 'push-notification') &&
    options.otpFallback !== undefined &&
    typeof options.otpFallback !== 'boolean'
  ) {
    throw argumentError(method, `${argument}.options.otpFallback`, 'a boolean', options.otpFallback);
  }
}

export function assertFactorList(
  method: string,
  argument: string,
  factors: unknown,
): asserts factors is FactorSelector[] {
  if (!isArray(factors)) throw argumentError(method, argument, 'an array of FactorSelector objects', factors);
  factors.forEach((factor, index) => assertFactorSelector(method, `${argument}[${index}]`, factor));
}
