import { closedObject, openObject, optional, type DataShape } from '../../util/data-shape.js';

/**
 * What a post-challenge event can hold, field by field (reference A.2, `event-types.ts`): `mockEvent` refuses
 * overrides that would build an event the runtime never sends. Objects typed `& { [k]: any }` are open.
 */
const metadata: DataShape = { record: 'string' };
const jsonRecord: DataShape = { record: 'json' };

const akamaiBot = openObject({
  type: optional('string'),
  action: optional('string'),
  botCategory: optional({ array: 'string' }),
  botScore: optional('number'),
  botScoreResponseSegment: optional('string'),
  botnetId: optional('string'),
});

const akamaiUserRisk = openObject({
  action: optional('string'),
  allow: optional('number'),
  emailDomain: optional('string'),
  general: optional(jsonRecord),
  ouid: optional('string'),
  requestid: optional('string'),
  risk: optional(jsonRecord),
  score: optional('number'),
  status: optional('number'),
  trust: optional(jsonRecord),
  username: optional('string'),
  uuid: optional('string'),
});

export const POST_CHALLENGE_EVENT_SHAPE: DataShape = closedObject({
  secrets: { record: 'string' },
  configuration: jsonRecord,
  authentication: openObject({
    methods: { array: openObject({ name: 'string', timestamp: 'string', type: optional('string') }) },
    riskAssessment: optional(
      openObject({
        supplemental: optional(openObject({ akamai: optional(openObject({ akamaiBot: optional(akamaiBot), akamaiUserRisk: optional(akamaiUserRisk) })) })),
      }),
    ),
  }),
  authorization: closedObject({ roles: { array: 'string' } }),
  client: openObject({ client_id: 'string', metadata, name: 'string' }),
  connection: closedObject({ id: 'string', name: 'string', strategy: 'string', metadata: optional(metadata) }),
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadata })),
  organization: optional(openObject({ id: 'string', display_name: 'string', name: 'string', metadata })),
  prompt: optional(closedObject({ id: 'string', fields: optional(jsonRecord), vars: optional(jsonRecord) })),
  request: closedObject({
    body: jsonRecord,
    query: jsonRecord,
    ip: 'string',
    method: 'string',
    geoip: openObject({
      cityName: optional('string'),
      continentCode: optional('string'),
      countryCode: optional('string'),
      countryCode3: optional('string'),
      countryName: optional('string'),
      latitude: optional('number'),
      longitude: optional('number'),
      subdivisionCode: optional('string'),
      subdivisionName: optional('string'),
      timeZone: optional('string'),
    }),
    hostname: optional('string'),
    language: optional('string'),
    user_agent: optional('string'),
  }),
  stats: closedObject({ logins_count: 'number' }),
  tenant: closedObject({ id: 'string' }),
  transaction: openObject({
    locale: 'string',
    ui_locales: { array: 'string' },
    correlation_id: optional('string'),
    login_hint: optional('string'),
    state: optional('string'),
  }),
  user: openObject({
    user_id: 'string',
    created_at: 'string',
    updated_at: 'string',
    email_verified: 'boolean',
    app_metadata: jsonRecord,
    user_metadata: jsonRecord,
    identities: {
      array: openObject({
        connection: optional('string'),
        isSocial: optional('boolean'),
        profileData: optional(metadata),
        provider: optional('string'),
        user_id: optional('string'),
      }),
    },
    email: optional('string'),
    family_name: optional('string'),
    given_name: optional('string'),
    last_password_reset: optional('string'),
    name: optional('string'),
    nickname: optional('string'),
    phone_number: optional('string'),
    phone_verified: optional('boolean'),
    picture: optional('string'),
    username: optional('string'),
    enrolledFactors: optional({ array: openObject({ type: 'string', options: optional(jsonRecord) }) }),
  }),
});
