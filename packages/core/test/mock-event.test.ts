import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TRIGGER_IDS, mockEvent, type PostChallengeEvent } from '../src/index.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { definition as passwordResetPostChallenge } from '../src/triggers/password-reset-post-challenge/index.js';

const TRIGGER = 'password-reset-post-challenge';
const ISO = /^-?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SEEDS = [0, 1, 2, 3, 42, 'alice', 'bob', 'a much longer seed string', -7, 2 ** 31];

afterEach(() => {
  vi.useRealTimers();
});

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

/** Every field of reference A.2 a real post-challenge event carries, with the type it has. */
const FIELDS: Array<[string, string]> = [
  ['secrets', 'object'],
  ['configuration', 'object'],
  ['authentication.methods', 'array'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.type', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.action', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.botCategory', 'array'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.botScore', 'number'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiBot.botScoreResponseSegment', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.action', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.allow', 'number'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.emailDomain', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.general', 'object'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.ouid', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.requestid', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.risk', 'object'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.score', 'number'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.status', 'number'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.trust', 'object'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.username', 'string'],
  ['authentication.riskAssessment.supplemental.akamai.akamaiUserRisk.uuid', 'string'],
  ['authorization.roles', 'array'],
  ['client.client_id', 'string'],
  ['client.metadata', 'object'],
  ['client.name', 'string'],
  ['connection.id', 'string'],
  ['connection.name', 'string'],
  ['connection.strategy', 'string'],
  ['connection.metadata', 'object'],
  ['request.body', 'object'],
  ['request.query', 'object'],
  ['request.ip', 'string'],
  ['request.method', 'string'],
  ['request.geoip.cityName', 'string'],
  ['request.geoip.continentCode', 'string'],
  ['request.geoip.countryCode', 'string'],
  ['request.geoip.countryCode3', 'string'],
  ['request.geoip.countryName', 'string'],
  ['request.geoip.latitude', 'number'],
  ['request.geoip.longitude', 'number'],
  ['request.geoip.subdivisionCode', 'string'],
  ['request.geoip.subdivisionName', 'string'],
  ['request.geoip.timeZone', 'string'],
  ['request.hostname', 'string'],
  ['request.language', 'string'],
  ['request.user_agent', 'string'],
  ['stats.logins_count', 'number'],
  ['tenant.id', 'string'],
  ['transaction.locale', 'string'],
  ['transaction.ui_locales', 'array'],
  ['user.user_id', 'string'],
  ['user.created_at', 'string'],
  ['user.updated_at', 'string'],
  ['user.email_verified', 'boolean'],
  ['user.app_metadata', 'object'],
  ['user.user_metadata', 'object'],
  ['user.identities', 'array'],
  ['user.email', 'string'],
  ['user.family_name', 'string'],
  ['user.given_name', 'string'],
  ['user.last_password_reset', 'string'],
  ['user.name', 'string'],
  ['user.nickname', 'string'],
  ['user.picture', 'string'],
  ['user.enrolledFactors', 'array'],
];

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

describe('mockEvent: the fields of reference A.2', () => {
  it.each(FIELDS)('has %s as a %s', (path, type) => {
    expect(typeOf(get(mockEvent(TRIGGER), path))).toBe(type);
  });

  it('has the top-level keys of the documented example, and no prompt before a render', () => {
    const event = mockEvent(TRIGGER);
    for (const key of [
      'secrets',
      'authentication',
      'authorization',
      'client',
      'connection',
      'request',
      'stats',
      'tenant',
      'transaction',
      'user',
    ]) {
      expect(event).toHaveProperty(key);
    }
    expect(event).not.toHaveProperty('prompt');
  });

  it('starts with empty secrets, query and body, as the official harness does', () => {
    const event = mockEvent(TRIGGER);
    expect(event.secrets).toEqual({});
    expect(event.request.query).toEqual({});
    expect(event.request.body).toEqual({});
  });

  it('has a low Akamai risk score (0) by default, so risky paths are opted into', () => {
    expect(mockEvent(TRIGGER).authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.score).toBe(0);
  });

  it.each(SEEDS)('has realistic values for seed %j', (seed) => {
    const event = mockEvent(TRIGGER, {}, { seed });
    const { user, request } = event;
    expect(user.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);
    expect(user.email).toMatch(/^[a-z.-]+@example\.(com|org|net)$/);
    expect(user.name).toBe(`${user.given_name} ${user.family_name}`);
    expect(user.picture).toMatch(/^https:\/\//);
    expect(user.created_at).toMatch(ISO);
    expect(user.updated_at).toMatch(ISO);
    expect(user.last_password_reset).toMatch(ISO);
    expect(request.ip).toMatch(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
    expect(request.user_agent).toMatch(/^Mozilla\/5\.0 /);
    expect(request.geoip.latitude).toBeGreaterThanOrEqual(-90);
    expect(request.geoip.latitude).toBeLessThanOrEqual(90);
    expect(request.geoip.longitude).toBeGreaterThanOrEqual(-180);
    expect(request.geoip.longitude).toBeLessThanOrEqual(180);
    expect(request.geoip.countryCode).toMatch(/^[A-Z]{2}$/);
    expect(request.geoip.countryCode3).toMatch(/^[A-Z]{3}$/);
    expect(event.client.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(event.connection.id).toMatch(/^con_[A-Za-z0-9]{16}$/);
    expect(event.stats.logins_count).toBeGreaterThanOrEqual(1);
    expect(event.transaction.ui_locales).toContain(event.transaction.locale);
    for (const factor of user.enrolledFactors ?? []) expect(typeof factor.type).toBe('string');
    expect(event.authentication.methods.length).toBeGreaterThan(0);
    for (const method of event.authentication.methods) {
      expect(typeof method.name).toBe('string');
      expect(method.timestamp).toMatch(ISO);
    }
  });
});

describe('mockEvent: internal consistency', () => {
  function expectConsistent(event: PostChallengeEvent, now: number): void {
    const identity = event.user.identities[0];
    expect(identity).toBeDefined();
    expect(event.user.user_id).toBe(`${identity?.provider}|${identity?.user_id}`);
    expect(identity?.connection).toBe(event.connection.name);
    expect(identity?.provider).toBe(event.connection.strategy);
    expect(event.request.hostname).toMatch(new RegExp(`^${event.tenant.id}\\.([a-z]{2}\\.)?auth0\\.com$`));
    const created = Date.parse(event.user.created_at);
    const updated = Date.parse(event.user.updated_at);
    expect(created).toBeLessThanOrEqual(updated);
    expect(updated).toBeLessThanOrEqual(now);
    expect(Date.parse(event.user.last_password_reset as string)).toBeGreaterThanOrEqual(created);
    expect(Date.parse(event.user.last_password_reset as string)).toBeLessThanOrEqual(now);
    for (const method of event.authentication.methods) expect(Date.parse(method.timestamp)).toBeLessThanOrEqual(now);
    expect(event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.username).toBe(event.user.email);
    expect(event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.emailDomain).toBe(
      event.user.email?.split('@')[1],
    );
  }

  it.each(SEEDS)('holds for seed %j on the real clock', (seed) => {
    expectConsistent(mockEvent(TRIGGER, {}, { seed }), Date.now());
  });

  it.each(SEEDS)('holds for seed %j with a fake clock at 0', (seed) => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    expectConsistent(mockEvent(TRIGGER, {}, { seed }), 0);
  });

  it('holds with a fake clock an hour before the default anchor time', () => {
    const now = Date.parse('2026-01-15T08:30:00.000Z');
    vi.useFakeTimers({ toFake: ['Date'], now });
    expectConsistent(mockEvent(TRIGGER), now);
  });

  it('holds for an explicit options.now', () => {
    const now = Date.parse('2020-06-01T00:00:00.000Z');
    expectConsistent(mockEvent(TRIGGER, {}, { now }), now);
  });

  it('keeps the user consistent across seeds: the emailDomain is the email domain', () => {
    for (const seed of SEEDS) {
      const event = mockEvent(TRIGGER, {}, { seed });
      expect(
        event.user.email?.endsWith(
          `@${event.authentication.riskAssessment?.supplemental?.akamai?.akamaiUserRisk?.emailDomain}`,
        ),
      ).toBe(true);
    }
  });
});

describe('mockEvent: determinism', () => {
  // Events are built at the clock: pinned, two calls give the same event (a test may move it).
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-01T12:00:00.000Z') });
  });

  it('gives equal events for the same seed', () => {
    for (const seed of SEEDS) expect(mockEvent(TRIGGER, {}, { seed })).toEqual(mockEvent(TRIGGER, {}, { seed }));
  });

  it('gives equal events without a seed (the default seed is fixed)', () => {
    expect(mockEvent(TRIGGER)).toEqual(mockEvent(TRIGGER));
  });

  it('gives a different user for a different seed', () => {
    const users = new Set(SEEDS.map((seed) => mockEvent(TRIGGER, {}, { seed }).user.user_id));
    expect(users.size).toBe(SEEDS.length);
    expect(mockEvent(TRIGGER, {}, { seed: 1 }).user.user_id).not.toBe(mockEvent(TRIGGER).user.user_id);
  });

  it('treats the number 1 and the string "1" as the same seed', () => {
    expect(mockEvent(TRIGGER, {}, { seed: 1 })).toEqual(mockEvent(TRIGGER, {}, { seed: '1' }));
  });

  it('moves every time with the clock, and nothing else', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-05-01T00:00:00.000Z') });
    const earlier = mockEvent(TRIGGER, {}, { seed: 9 });
    vi.setSystemTime(Date.parse('2031-12-24T00:00:00.000Z'));
    const later = mockEvent(TRIGGER, {}, { seed: 9 });
    const shift = Date.parse('2031-12-24T00:00:00.000Z') - Date.parse('2027-05-01T00:00:00.000Z');
    const moved = (iso: string | undefined) => new Date(Date.parse(iso as string) + shift).toISOString();
    expect(later.user.created_at).toBe(moved(earlier.user.created_at));
    expect(later.user.updated_at).toBe(moved(earlier.user.updated_at));
    expect(later.user.last_password_reset).toBe(moved(earlier.user.last_password_reset));
    expect(later.authentication.methods[0]?.timestamp).toBe(moved(earlier.authentication.methods[0]?.timestamp));
    const withoutTimes = (event: PostChallengeEvent) => ({
      ...event,
      user: { ...event.user, created_at: 0, updated_at: 0, last_password_reset: 0 },
      authentication: { ...event.authentication, methods: [] },
    });
    expect(withoutTimes(later)).toEqual(withoutTimes(earlier));
  });

  it('puts the times where production does relative to the clock, on any day (the first challenge seconds ago)', () => {
    const now = Date.parse('2030-07-04T18:00:00.000Z');
    vi.useFakeTimers({ toFake: ['Date'], now });
    const event = mockEvent(TRIGGER);
    const challengedAgo = now - Date.parse(event.authentication.methods[0]?.timestamp as string);
    expect(challengedAgo).toBeGreaterThanOrEqual(5_000);
    expect(challengedAgo).toBeLessThanOrEqual(90_000);
    expect(Date.parse(event.user.updated_at)).toBeGreaterThan(now - 60 * 24 * 60 * 60 * 1000);
  });

  it('returns a fresh object each call', () => {
    const first = mockEvent(TRIGGER);
    first.user.app_metadata.changed = true;
    first.user.identities.push({ provider: 'x' });
    expect(mockEvent(TRIGGER).user.app_metadata).toEqual({});
    expect(mockEvent(TRIGGER).user.identities).toHaveLength(1);
  });

  it('gives exactly the event the trigger builds at that instant, before and after the anchor the template is kept at', () => {
    const anchor = Date.parse('2026-01-15T09:30:00.000Z');
    const instants = Array.from({ length: 150 }, (_, index) => anchor - (index + 1) * 60_000);
    for (const now of instants) mockEvent(TRIGGER, {}, { seed: 3, now });
    for (const now of [instants[0] as number, instants[149] as number, anchor, anchor + 1, anchor + 123_456_789, 0]) {
      const built = passwordResetPostChallenge.buildEvent(seededRandom(3), now);
      expect(mockEvent(TRIGGER, {}, { seed: 3, now })).toEqual(built);
    }
  });

  it('accepts the trigger id with its version', () => {
    expect(mockEvent('password-reset-post-challenge/v1')).toEqual(mockEvent(TRIGGER));
  });
});

describe('mockEvent: bad arguments', () => {
  it.each([
    [
      'an unknown trigger',
      ['user-deleted'],
      new RegExp(
        `^mockEvent\\(\\): trigger must be a supported trigger id \\(${TRIGGER_IDS.map((id) => `'${id}'`).join(', ')}\\); received the string "user-deleted"\\.$`,
      ),
    ],
    ['no trigger', [], /^mockEvent\(\): trigger must be a supported trigger id .*received undefined\.$/],
    [
      'a trigger that is not a string',
      [{ id: TRIGGER }],
      /^mockEvent\(\): trigger must be a supported trigger id .*received an object\.$/,
    ],
    [
      'an unsupported version',
      ['password-reset-post-challenge/v2'],
      /^mockEvent\(\): trigger must be 'password-reset-post-challenge' or 'password-reset-post-challenge\/v1' \(this library follows v1 of password-reset-post-challenge; how older versions differ: the README's "Supported triggers"\); received the string "password-reset-post-challenge\/v2"\.$/,
    ],
    [
      'string overrides',
      [TRIGGER, 'user'],
      /^mockEvent\(\): overrides must be a plain object; received the string "user"\.$/,
    ],
    [
      'array overrides',
      [TRIGGER, []],
      /^mockEvent\(\): overrides must be a plain object; received an array \(0 items\)\.$/,
    ],
    ['null overrides', [TRIGGER, null], /^mockEvent\(\): overrides must be a plain object; received null\.$/],
    [
      'class instance overrides',
      [TRIGGER, new Map()],
      /^mockEvent\(\): overrides must be a plain object; received an instance of Map\.$/,
    ],
    [
      'options that are not an object',
      [TRIGGER, {}, 7],
      /^mockEvent\(\): options must be an object like \{ seed \}; received the number 7\.$/,
    ],
    [
      'an object seed',
      [TRIGGER, {}, { seed: {} }],
      /^mockEvent\(\): options\.seed must be a finite number or a string; received an object\.$/,
    ],
    [
      'a boolean seed',
      [TRIGGER, {}, { seed: true }],
      /^mockEvent\(\): options\.seed must be a finite number or a string; received the boolean true\.$/,
    ],
    [
      'a NaN seed',
      [TRIGGER, {}, { seed: Number.NaN }],
      /^mockEvent\(\): options\.seed must be a finite number or a string; received the number NaN\.$/,
    ],
    [
      'a null seed',
      [TRIGGER, {}, { seed: null }],
      /^mockEvent\(\): options\.seed must be a finite number or a string; received null\.$/,
    ],
    [
      'a string now',
      [TRIGGER, {}, { now: '2026-01-01' }],
      /^mockEvent\(\): options\.now must be a finite number of ms; received the string "2026-01-01"\.$/,
    ],
  ])('rejects %s with a TypeError naming mockEvent() and the argument', (_name, args, message) => {
    const call = () => (mockEvent as (...args: unknown[]) => unknown)(...args);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
