import { REDIRECT_AND_RENDER } from '../prompt/prompt-render.js';
import { hasRenderedPrompt } from '../prompt/prompt-api.js';
import {
  encodeSessionToken,
  validateSessionToken,
  type TokenCreationOptions,
  type TokenEventView,
  type ValidateTokenOptions,
} from '../tokens/session-token.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { buildUrl } from './url.js';
import { recordedCall, type ApiContext, type Returns } from '../../api/api-context.js';
import { setRedirectTarget } from './redirect-effect.js';
import type { TriggerOption } from '../../triggers/definition.js';

export interface SendUserToOptions {
  query?: Record<string, string>;
}

export interface RedirectApi<R = void> {
  encodeToken(options: TokenCreationOptions): string;
  sendUserTo(url: string, options?: SendUserToOptions): R;
  validateToken(options: ValidateTokenOptions): Record<string, unknown>;
}

export function queryOption(method: string, options: unknown): unknown {
  if (options === undefined) return undefined;
  if (!isPlainObject(options)) throw argumentError(method, 'options', 'an object like { query }', options);
  return options.query;
}

type RedirectContext = ApiContext<TokenEventView>;

/**
 * `api.redirect`, shared by the triggers that can send the browser away and resume at `/continue`. `sendUserTo`
 * returns the api on post-login, nothing on password reset (`returns`).
 */
export function redirectApi<R = void>(context: RedirectContext, returns: Returns = 'nothing'): RedirectApi<R> {
  return {
    encodeToken(...args: [options: TokenCreationOptions]): string {
      return recordedCall(context, 'redirect.encodeToken', args, encodeToken, 'result');
    },
    sendUserTo(...args: [url: string, options?: SendUserToOptions]): R {
      return recordedCall(context, 'redirect.sendUserTo', args, sendUserTo, returns);
    },
    validateToken(...args: [options: ValidateTokenOptions]): Record<string, unknown> {
      return recordedCall(context, 'redirect.validateToken', args, validateToken, 'result');
    },
  };
}

function encodeToken(context: RedirectContext, options: TokenCreationOptions): string {
  return encodeSessionToken('api.redirect.encodeToken()', context.event, options);
}

function sendUserTo(context: RedirectContext, url: string, options?: SendUserToOptions): void {
  if (hasRenderedPrompt(context)) throw new Error(REDIRECT_AND_RENDER);
  const method = 'api.redirect.sendUserTo()';
  setRedirectTarget(context, buildUrl(method, url, queryOption(method, options)));
}

function validateToken(context: RedirectContext, options: ValidateTokenOptions): Record<string, unknown> {
  return validateSessionToken('api.redirect.validateToken()', context.event, options, {
    validateIssuer: context.options.validateIssuer === true,
  });
}

/**
 * `validateIssuer`: also require a session token's `iss` to equal `event.request.hostname`. UNVERIFIED in
 * production (the external site signs with its own issuer), so off by default.
 */
export const validateIssuerOption: TriggerOption = {
  scope: 'api',
  defaultValue: false,
  check(fn, argument, value) {
    if (typeof value !== 'boolean') throw argumentError(fn, argument, 'a boolean', value);
    return value;
  },
};
