import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { redirectApi, type RedirectApi } from '../../mechanisms/redirect/redirect-api.js';
import { redirectTarget } from '../../mechanisms/redirect/redirect-effect.js';
import type { TokenEventView } from '../../mechanisms/tokens/session-token.js';
import { FlowError } from '../../simulation/flow-errors.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { denialsOf } from '../../mechanisms/access/denial.js';
import type { TriggerOption } from '../definition.js';
import { argumentError } from '../../util/errors.js';

export interface PostLoginRedirectApi<R> extends RedirectApi<R> {
  /** @deprecated as in the types: false for `prompt=none` and the back-channel protocols that cannot redirect. */
  canRedirect(): boolean;
}

/** Protocols whose requests never pass through a browser, so a redirect cannot happen (reference E.1.2). */
const NO_REDIRECT_PROTOCOLS = ['oauth2-resource-owner', 'oauth2-refresh-token', 'oauth2-password', 'oauth2-webauthn'];

/** The harness's `canRedirect`: it reads `request.query.prompt`, not `transaction.prompt`. */
export function canRedirect(event: unknown): boolean {
  const { request, transaction } = event as {
    request?: { query?: { prompt?: unknown } };
    transaction?: { protocol?: unknown };
  };
  if (request?.query?.prompt === 'none') return false;
  return !NO_REDIRECT_PROTOCOLS.includes(transaction?.protocol as string);
}

export function postLoginRedirectApi<R>(context: ApiContext<TokenEventView>): PostLoginRedirectApi<R> {
  return {
    ...redirectApi<R>(context, 'api'),
    canRedirect(...args: []): boolean {
      return recordedCall(context, 'redirect.canRedirect', args, (owner) => canRedirect(owner.event), 'result');
    },
  };
}

/**
 * A redirect where none is possible ends the login (reference E.1.2): `prompt=none` answers
 * `interaction_required` [DOC]; for the back-channel protocols the docs say only that it fails (UNVERIFIED: the
 * mock fails it the same way). The `sendUserTo` call stays in the log. A denial in the same Action wins.
 * `impossibleRedirects: 'follow'` redirects anyway.
 */
export const interactiveRedirectRule: FlowRule = {
  afterHandler(api, flow) {
    if (flow.options.impossibleRedirects === 'follow') return undefined;
    if (redirectTarget(api) === undefined || canRedirect(api.event) || denialsOf(api).length > 0) return undefined;
    const { request, transaction } = api.event as {
      request?: { query?: { prompt?: unknown } };
      transaction?: { protocol?: unknown };
    };
    const why =
      request?.query?.prompt === 'none'
        ? 'the request has prompt=none'
        : `transaction.protocol '${String(transaction?.protocol)}' has no browser to redirect`;
    const error = new FlowError(
      `interaction_required: api.redirect.sendUserTo() was called but this login cannot redirect (${why}), so the login ends ` +
        'with error=interaction_required. Guard the redirect with api.redirect.canRedirect() or the protocol.',
      'InteractionRequired',
    );
    return [{ kind: 'fail', error }];
  },
};

/** `simulate(..., { impossibleRedirects })`: `'fail'` (default) or `'follow'` a redirect where none is possible. */
export const impossibleRedirectsOption: TriggerOption = {
  scope: 'flow',
  defaultValue: 'fail',
  check(fn, argument, value) {
    if (value !== 'fail' && value !== 'follow')
      throw argumentError(fn, argument, "'fail' (interaction_required, the default) or 'follow'", value);
    return value;
  },
};
