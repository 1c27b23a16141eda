/**
 * Flows whose snapshots the core, Jest and Vitest suites take. Each Action handles its secret carelessly (a log
 * line, a deny reason) as real code sometimes does: the snapshot must show `[secret]` wherever it went.
 */
export const TRIGGER = 'password-reset-post-challenge' as const;
export const SECRET = 'whsec_Snap5hot_Q8mV2xLr7Tz';

/** The parts of the library the flows use: core's sources, or an adapter's build. */
export interface SnapshotLibrary {
  mockApi(trigger: typeof TRIGGER, options?: { event?: any }): any;
  mockEvent(trigger: typeof TRIGGER, overrides?: any): any;
  simulate(action: object | readonly object[], options: any): Promise<any>;
}

/** Caches a verdict; nothing secret. */
export const riskCheck = {
  name: 'risk-check',
  onExecutePostChallenge: async (_event: any, api: any) => {
    api.cache.set('risk', 'low', { ttl: 60_000 });
  },
};

/**
 * The docs' redirect Action: a token signed with `event.secrets`, the user sent away, the answer checked at /continue.
 */
export const verifyIdentity = {
  name: 'verify-identity',
  onExecutePostChallenge: async (event: any, api: any) => {
    console.log(`signing with ${event.secrets.REDIRECT_SECRET}`);
    const token = api.redirect.encodeToken({
      secret: event.secrets.REDIRECT_SECRET,
      payload: { userId: event.user.user_id },
    });
    api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
  },
  onContinuePostChallenge: async (event: any, api: any) => {
    const payload = api.redirect.validateToken({ secret: event.secrets.REDIRECT_SECRET });
    if (payload.userId !== event.user.user_id || event.request.query.verified !== 'true') {
      api.access.deny(`Identity not verified (key ${event.secrets.REDIRECT_SECRET})`);
    }
  },
};

/** Both Actions, waiting at the redirect. The token in the url is signed with the real clock. */
export function redirectedFlow(lib: SnapshotLibrary): Promise<any> {
  return lib.simulate([riskCheck, verifyIdentity], { trigger: TRIGGER, secrets: { REDIRECT_SECRET: SECRET } });
}

/** The browser comes back from the verification site with a token signed with the shared secret. */
export function comeBack(simulation: any, verified: boolean): Promise<any> {
  return simulation.continue({
    query: { verified: String(verified) },
    token: { secret: SECRET, payload: { userId: simulation.event.user.user_id } },
  });
}

/** An api (from mockApi) that signed a token with the secret and redirected with it. */
export function redirectingApi(lib: SnapshotLibrary): any {
  const api = lib.mockApi(TRIGGER, { event: lib.mockEvent(TRIGGER, { secrets: { REDIRECT_SECRET: SECRET } }) });
  const token = api.redirect.encodeToken({ secret: SECRET, payload: { step: 'verify' }, expiresInSeconds: 300 });
  api.redirect.sendUserTo('https://verify.example.com/identity', { query: { session_token: token } });
  return api;
}
