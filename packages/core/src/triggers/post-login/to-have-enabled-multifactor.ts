import { assertObjectExpectation, assertOptions, assertTextExpectation } from '../../matchers/arguments.js';
import { callMatcher, type CallPart } from '../../matchers/call-matcher.js';
import { matcherError } from '../../matchers/matcher-error.js';
import { closestName } from '../../util/known-options.js';

type EnableOptions = { allowRememberBrowser?: unknown; providerOptions?: unknown } | undefined;

export const MULTIFACTOR_PROVIDERS: readonly string[] = ['any', 'duo', 'google-authenticator', 'guardian', 'none'];

/**
 * `expect(api).toHaveEnabledMultifactor(provider?, { allowRememberBrowser?, providerOptions? }?)`:
 * `api.multifactor.enable`. `allowRememberBrowser` compares with the runtime's default (`false`) when the call left it
 * out; `providerOptions` is a partial match, so a test can check Duo's `host` without repeating its `skey`.
 */
export const toHaveEnabledMultifactor = callMatcher({
  matcherName: 'toHaveEnabledMultifactor',
  method: 'multifactor.enable',
  argumentNames: ['provider', 'options'],
  parts(check, [provider, options]) {
    assertTextExpectation(check, 'provider', provider);
    if (typeof provider === 'string' && !MULTIFACTOR_PROVIDERS.includes(provider)) {
      const { EXPECTED_COLOR, printWithType, printExpected } = check.context.utils;
      const known = MULTIFACTOR_PROVIDERS.map((name) => `'${name}'`).join(', ');
      const closest = closestName(provider, MULTIFACTOR_PROVIDERS);
      const suggestion = closest === undefined ? '' : `. Did you mean '${closest}'?`;
      throw matcherError(
        check.context,
        check.hint,
        `${EXPECTED_COLOR('provider')} must be one of ${known}${suggestion}`,
        printWithType('provider', provider, printExpected),
      );
    }
    const { allowRememberBrowser, providerOptions } = assertOptions(check, 'options', options, [
      'allowRememberBrowser',
      'providerOptions',
    ]);
    assertObjectExpectation(check, 'options.providerOptions', providerOptions);
    const optionsOf = (args: readonly unknown[]): EnableOptions => args[1] as EnableOptions;
    const parts: CallPart[] = [];
    if (provider !== undefined)
      parts.push({ name: 'provider', expected: provider, partial: false, valueOf: (call) => call.args[0] });
    if (allowRememberBrowser !== undefined) {
      parts.push({
        name: 'allowRememberBrowser',
        expected: allowRememberBrowser,
        partial: false,
        valueOf: (call) => optionsOf(call.args)?.allowRememberBrowser ?? false,
      });
    }
    if (providerOptions !== undefined) {
      parts.push({
        name: 'providerOptions',
        expected: providerOptions,
        partial: true,
        valueOf: (call) => optionsOf(call.args)?.providerOptions ?? {},
      });
    }
    return parts;
  },
});
