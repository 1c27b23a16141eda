import type { SeededRandom } from '../../util/seeded-random.js';
import { closedObject, optional, type DataShape } from '../../util/data-shape.js';
import { geoIpShape, jsonRecordShape, riskAssessmentShape } from './event-shapes.js';
import type { EventRequest, RiskAssessment } from './event-types.js';
import { browserRequest, riskAssessment, type SampleWorld } from './sample-world.js';

/**
 * What the account triggers (registration, password change) know of the HTTP request behind them: a request
 * without `query` (and, after the fact, without `body`), the edge's TLS fingerprints, and Akamai's assessment as
 * the only `authentication` field (reference E.3-E.5).
 */

/** `event.request` of pre-user-registration: the signup form's POST, custom `ulp-*` fields in `body`. */
export type FormPostRequest = Omit<EventRequest, 'query'>;
/** `event.request` of post-user-registration and post-change-password: no `query`, no `body`. */
export type BodylessRequest = Omit<EventRequest, 'query' | 'body'>;

const bodylessRequestFields = {
  geoip: geoIpShape,
  ip: 'string',
  method: 'string',
  hostname: optional('string'),
  language: optional('string'),
  user_agent: optional('string'),
} as const;

export const formPostRequestShape: DataShape = closedObject({ body: jsonRecordShape, ...bodylessRequestFields });
export const bodylessRequestShape: DataShape = closedObject(bodylessRequestFields);

/** `event.security_context`: present when the request passed Auth0's edge; JA3/JA4 exist only over TLS. */
export interface SecurityContext {
  ja3?: string;
  ja4?: string;
}

export const securityContextShape: DataShape = closedObject({ ja3: optional('string'), ja4: optional('string') });

/** `event.authentication` of the account triggers: no `methods`, only the risk assessment of the request. */
export interface RiskOnlyAuthentication {
  riskAssessment?: RiskAssessment;
}

export const riskOnlyAuthenticationShape: DataShape = closedObject({ riskAssessment: optional(riskAssessmentShape) });

/** The browser's POST to a Universal Login page (the signup form, the new-password form). */
export function bodylessPostRequest(world: SampleWorld): BodylessRequest {
  const { geoip, ip, hostname, language, user_agent } = browserRequest(world);
  return { geoip, ip, method: 'POST', hostname, language, user_agent };
}

/** The signup form's POST: `body` holds only the custom `ulp-*` fields a test adds (reference E.3). */
export function formPostRequest(world: SampleWorld): FormPostRequest {
  return { body: {}, ...bodylessPostRequest(world) };
}

/** A TLS 1.3 browser's fingerprints: JA3 an MD5, JA4 `t13d<ciphers><extensions>h2_<hash>_<hash>`. */
export function securityContext(random: SeededRandom): SecurityContext {
  const count = (): string => String(random.int(10, 20));
  return { ja3: random.hex(32), ja4: `t13d${count()}${count()}h2_${random.hex(12)}_${random.hex(12)}` };
}

export function riskOnlyAuthentication(random: SeededRandom, world: SampleWorld): RiskOnlyAuthentication {
  return { riskAssessment: riskAssessment(random, world) };
}
