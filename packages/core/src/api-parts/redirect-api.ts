import { REDIRECT_AND_RENDER } from '../shared/prompt-render.js';
import { encodeSessionToken, validateSessionToken, type TokenCreationOptions, type TokenEventView, type ValidateTokenOptions } from '../shared/session-token.js';
import { argumentError, isPlainObject } from '../shared/errors.js';
import { buildUrl } from '../shared/url.js';
import { defineMethod, type ApiContext } from './api-context.js';

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

/** `api.redirect`, shared by the triggers that can send the browser away and resume at `/continue`. */
export function redirectApi(context: ApiContext<TokenEventView>): RedirectApi {
  const redirect = {} as RedirectApi;
  defineMethod(context, redirect, 'redirect.encodeToken', (options: TokenCreationOptions) =>
    encodeSessionToken('api.redirect.encodeToken()', context.event, options), { recordResult: true });
  defineMethod(context, redirect, 'redirect.sendUserTo', (url: string, options?: SendUserToOptions): void => {
    if (context.effects.prompt) throw new Error(REDIRECT_AND_RENDER);
    const method = 'api.redirect.sendUserTo()';
    context.effects.redirect = buildUrl(method, url, queryOption(method, options));
  });
  defineMethod(context, redirect, 'redirect.validateToken', (options: ValidateTokenOptions) =>
    validateSessionToken('api.redirect.validateToken()', context.event, options, { validateIssuer: context.validateIssuer }), { recordResult: true });
  return redirect;
}
