/**
 * Post Login: progressive profiling. From the second login on, a user whose profile lacks a company is sent once
 * to the profile form; the form sends them back to /continue with a signed token carrying the answers, which are
 * saved in user_metadata. Non-interactive logins (refresh tokens, ROPG) are never redirected.
 *
 * The event and api types come from the testing library; in your project, take them from `@auth0/actions`.
 */
import type { PostLoginApi, PostLoginEvent } from '@auth0-actions-mock/vitest';

const FORM_TOKEN_LIFETIME_SECONDS = 10 * 60;

interface ProfileAnswers {
  company: string;
  job_title?: string;
}

export const onExecutePostLogin = async (event: PostLoginEvent, api: PostLoginApi): Promise<void> => {
  if (event.user.user_metadata?.company) return;
  if ((event.stats?.logins_count ?? 0) < 2) return;
  if (!api.redirect.canRedirect()) return;

  const sessionToken = api.redirect.encodeToken({
    secret: event.secrets.PROFILE_FORM_SECRET!,
    expiresInSeconds: FORM_TOKEN_LIFETIME_SECONDS,
    payload: { email: event.user.email },
  });
  api.redirect.sendUserTo(event.secrets.PROFILE_FORM_URL!, { query: { session_token: sessionToken } });
};

export const onContinuePostLogin = async (event: PostLoginEvent, api: PostLoginApi): Promise<void> => {
  const answers = api.redirect.validateToken({
    secret: event.secrets.PROFILE_FORM_SECRET!,
    tokenParameterName: 'profile_token',
  }) as unknown as ProfileAnswers;
  api.user.setUserMetadata('company', answers.company);
  if (answers.job_title) api.user.setUserMetadata('job_title', answers.job_title);
};
