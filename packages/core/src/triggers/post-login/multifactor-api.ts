import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import type { FactorSelector } from '../../mechanisms/challenge/factor-selector.js';
import { completedFactorTypes, enrolledFactors, withCompletedFactor } from '../../mechanisms/challenge/factors.js';
import type { ChallengeCommand, FlowRule } from '../../simulation/flow-rules.js';
import { argumentError, isPlainObject } from '../../util/errors.js';

export type PostLoginMfaProvider = 'none' | 'guardian' | 'google-authenticator' | 'duo' | 'any';

export interface PostLoginMultifactorOptions {
  allowRememberBrowser?: boolean;
  providerOptions?: { host: string; ikey: string; skey: string; username?: string };
}

export interface PostLoginMultifactorApi<R> {
  /** Asks for MFA once every Action has run (`'none'`: no MFA). Challenge and enrol commands override it. */
  enable(provider: PostLoginMfaProvider, options?: PostLoginMultifactorOptions): R;
}

const PROVIDERS: readonly PostLoginMfaProvider[] = ['none', 'guardian', 'google-authenticator', 'duo', 'any'];

/** The factors each provider offers on Universal Login (reference E.1.1, MFA-CUST table). */
const PROVIDER_FACTORS: Record<Exclude<PostLoginMfaProvider, 'none'>, readonly string[]> = {
  any: ['push-notification', 'phone', 'otp', 'email', 'webauthn-roaming'],
  guardian: ['push-notification', 'phone', 'otp', 'email'],
  'google-authenticator': ['push-notification', 'phone', 'otp', 'email'],
  // Duo is its own factor, outside FactorSelector: the simulation offers it as `{ type: 'duo' }`.
  duo: ['duo'],
};

interface EnableCall {
  readonly provider: PostLoginMfaProvider;
  readonly allowRememberBrowser: boolean;
}

const ENABLE = defineEffect<{ call?: EnableCall }>('multifactor-enable', () => ({}));
/** The flow's latest `enable`, and the Action that made it. */
const FLOW_ENABLE = defineEffect<{ call?: EnableCall; action?: string }>('multifactor-enable-flow', () => ({}));

export function multifactorApi<R>(context: ApiContext): PostLoginMultifactorApi<R> {
  return {
    enable(...args: [provider: PostLoginMfaProvider, options?: PostLoginMultifactorOptions]): R {
      return recordedCall(context, 'multifactor.enable', args, enable, 'api');
    },
  };
}

function enable(context: ApiContext, provider: unknown, options?: unknown): void {
  const method = 'api.multifactor.enable()';
  if (typeof provider !== 'string' || !(PROVIDERS as readonly string[]).includes(provider)) {
    throw argumentError(method, 'provider', PROVIDERS.map((name) => `'${name}'`).join(', '), provider);
  }
  if (options !== undefined && !isPlainObject(options)) {
    throw argumentError(method, 'options', 'an object like { allowRememberBrowser, providerOptions }', options);
  }
  const { allowRememberBrowser = false, providerOptions } = options ?? {};
  if (typeof allowRememberBrowser !== 'boolean') {
    throw argumentError(method, 'options.allowRememberBrowser', 'a boolean', allowRememberBrowser);
  }
  if (providerOptions !== undefined) {
    const argument = 'options.providerOptions';
    if (provider !== 'duo')
      throw argumentError(method, argument, "absent: only the 'duo' provider takes providerOptions", providerOptions);
    if (!isPlainObject(providerOptions))
      throw argumentError(method, argument, 'an object like { host, ikey, skey, username? }', providerOptions);
    for (const key of ['host', 'ikey', 'skey'] as const) {
      if (typeof providerOptions[key] !== 'string')
        throw argumentError(method, `${argument}.${key}`, 'a string', providerOptions[key]);
    }
    if (providerOptions.username !== undefined && typeof providerOptions.username !== 'string') {
      throw argumentError(method, 'options.providerOptions.username', 'a string', providerOptions.username);
    }
  }
  effectOf(context, ENABLE).call = { provider: provider as PostLoginMfaProvider, allowRememberBrowser };
}

/**
 * The end-of-flow MFA challenge of `enable` (reference E.1.3 step 4): the user's enrolled factors among the
 * provider's, or all of them to enrol when the user has none. Skipped when the user has passed a factor in this
 * transaction (a challenge command ran: they override `enable`).
 */
function enabledChallenge(call: EnableCall, action: string | undefined): ChallengeCommand {
  const factors = PROVIDER_FACTORS[call.provider as Exclude<PostLoginMfaProvider, 'none'>].map(
    (type) => ({ type }) as FactorSelector,
  );
  return {
    method: 'multifactor.enable',
    factors,
    counted: false,
    ...(action === undefined ? {} : { action }),
    resolve(event) {
      if (completedFactorTypes(event).size > 0) return { skip: true };
      const enrolled = enrolledFactors(factors, event);
      return { offer: enrolled.length > 0 ? enrolled : [...factors] };
    },
    complete: withCompletedFactor,
  };
}

/** `multifactor.enable` (not `'none'`) challenges once, after the last Action; the last call of the flow wins. */
export const multifactorRule: FlowRule = {
  afterHandler(api, flow) {
    const call = writtenEffect(api, ENABLE)?.call;
    if (call) {
      const state = flow.state(FLOW_ENABLE);
      state.call = call;
      state.action = flow.actionName;
    }
    return undefined;
  },
  atEnd(flow) {
    const { call, action } = flow.state(FLOW_ENABLE);
    if (!call || call.provider === 'none') return undefined;
    return [{ kind: 'challenge', challenge: enabledChallenge(call, action) }];
  },
};
