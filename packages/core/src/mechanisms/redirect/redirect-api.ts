import { REDIRECT_AND_RENDER } from '../prompt/prompt-render.js';
import { encodeSessionToken, validateSessionToken, type TokenCreationOptions, type TokenEventView, type ValidateTokenOptions } from '../tokens/session-token.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { buildUrl } from './url.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';

export interface SendUserToOptions {
  query?: Record<string, string>;
}

export interface RedirectApi {
  encodeToken(options: TokenCreationOptions): string;
  sendUserTo(url: string, options?: SendUserToOptions): void;
  validateToken(options: ValidateTokenOptions): Record<string, unknown>;
}

export function queryOption(method: string, options: unknown): unknown {
  if (options === undefined) return undefined;
  if (!isPlainObject(options)) throw argumentError(method, 'options', 'an object like { query }', options);
  return options.query;
}

type RedirectContext = ApiContext<TokenEventView>;

/** `api.redirect`, shared by the triggers that can send the browser away and resume at `/continue`. */
export function redirectApi(context: RedirectContext): RedirectApi {
  return {
    encodeToken(...args: [options: TokenCreationOptions]): string {
      return recordedCall(context, 'redirect.encodeToken', args, encodeToken, true);
    },
    sendUserTo(...args: [url: string, options?: SendUserToOptions]): void {
      return recordedCall(context, 'redirect.sendUserTo', args, sendUserTo);
    },
    validateToken(...args: [options: ValidateTokenOptions]): Record<string, unknown> {
      return recordedCall(context, 'redirect.validateToken', args, validateToken, true);
    },
  };
}

function encodeToken(context: RedirectContext, options: TokenCreationOptions): string {
  return encodeSessionToken('api.redirect.encodeToken()', context.event, options);
}

function sendUserTo(context: RedirectContext, url: string, options?: SendUserToOptions): void {
  if (context.effects.prompt) throw new Error(REDIRECT_AND_RENDER);
  const method = 'api.redirect.sendUserTo()';
  context.effects.redirect = buildUrl(method, url, queryOption(method, options));
}

function validateToken(context: RedirectContext, options: ValidateTokenOptions): Record<string, unknown> {
  return validateSessionToken('api.redirect.validateToken()', context.event, options, { validateIssuer: context.validateIssuer });
}
