import { closedObject, openObject, optional, type DataShape, type FieldShape } from '../../util/data-shape.js';

/**
 * Shapes of the event parts several triggers share (see event-types.ts), for `mockEvent` to refuse overrides that
 * build an event the runtime never sends. Objects typed `& { [k]: any }` are open.
 */
export const metadataShape: DataShape = { record: 'string' };
export const jsonRecordShape: DataShape = { record: 'json' };
export const secretsShape: DataShape = { record: 'string' };

export const geoIpShape = openObject({
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
});

export const requestShape = closedObject({
  body: jsonRecordShape,
  query: jsonRecordShape,
  ip: 'string',
  method: 'string',
  geoip: geoIpShape,
  hostname: optional('string'),
  language: optional('string'),
  user_agent: optional('string'),
});

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
  general: optional(jsonRecordShape),
  ouid: optional('string'),
  requestid: optional('string'),
  risk: optional(jsonRecordShape),
  score: optional('number'),
  status: optional('number'),
  trust: optional(jsonRecordShape),
  username: optional('string'),
  uuid: optional('string'),
});

export const riskAssessmentShape = openObject({
  supplemental: optional(
    openObject({
      akamai: optional(openObject({ akamaiBot: optional(akamaiBot), akamaiUserRisk: optional(akamaiUserRisk) })),
    }),
  ),
});

export const authenticationMethodShape = openObject({ name: 'string', timestamp: 'string', type: optional('string') });

export const identityShape = openObject({
  connection: optional('string'),
  isSocial: optional('boolean'),
  profileData: optional(metadataShape),
  provider: optional('string'),
  user_id: optional('string'),
});

export const enrolledFactorShape = openObject({ type: 'string', options: optional(jsonRecordShape) });

/** The fields of `UserProfile`; a trigger adds its own (`enrolledFactors`, `multifactor`...) with `userShape`. */
export const userProfileFields: Readonly<Record<string, FieldShape>> = {
  user_id: 'string',
  created_at: 'string',
  updated_at: 'string',
  email_verified: 'boolean',
  app_metadata: jsonRecordShape,
  user_metadata: jsonRecordShape,
  identities: { array: identityShape },
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
};

/** `event.user` of a trigger: the profile fields plus the trigger's own. */
export function userShape(extra: Readonly<Record<string, FieldShape>> = {}): DataShape {
  return openObject({ ...userProfileFields, ...extra });
}

export const clientShape = openObject({ client_id: 'string', metadata: metadataShape, name: 'string' });
export const connectionShape = closedObject({
  id: 'string',
  name: 'string',
  strategy: 'string',
  metadata: optional(metadataShape),
});
export const organizationShape = openObject({
  id: 'string',
  display_name: 'string',
  name: 'string',
  metadata: metadataShape,
});
export const tenantShape = closedObject({ id: 'string' });
