import { createHash } from 'node:crypto';
import type { SeededRandom } from '../../util/seeded-random.js';

/**
 * The realistic building blocks every trigger's event draws from: a person, a tenant, a browser request. One
 * seed gives one coherent set (the same person, city and tenant in every field that mentions them).
 */

const GIVEN_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Dennis',
  'Radia',
  'Ken',
  'Frances',
];
const FAMILY_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Berners-Lee',
  'Liskov',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Allen',
];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];
const TENANT_WORDS = ['acme', 'globex', 'initech', 'umbrella', 'stark', 'wayne', 'hooli', 'vandelay'];
const REGIONS = ['us', 'eu', 'au', 'jp'];
const APPS = ['Acme Web App', 'Customer Portal', 'Mobile Banking', 'Partner Dashboard', 'Support Center'];

export interface SampleCity {
  cityName: string;
  continentCode: string;
  countryCode: string;
  countryCode3: string;
  countryName: string;
  latitude: number;
  longitude: number;
  subdivisionCode: string;
  subdivisionName: string;
  timeZone: string;
  language: string;
}

const CITIES: readonly SampleCity[] = [
  {
    cityName: 'Seattle',
    continentCode: 'NA',
    countryCode: 'US',
    countryCode3: 'USA',
    countryName: 'United States',
    latitude: 47.6062,
    longitude: -122.3321,
    subdivisionCode: 'WA',
    subdivisionName: 'Washington',
    timeZone: 'America/Los_Angeles',
    language: 'en-US',
  },
  {
    cityName: 'Buenos Aires',
    continentCode: 'SA',
    countryCode: 'AR',
    countryCode3: 'ARG',
    countryName: 'Argentina',
    latitude: -34.6037,
    longitude: -58.3816,
    subdivisionCode: 'C',
    subdivisionName: 'Buenos Aires F.D.',
    timeZone: 'America/Argentina/Buenos_Aires',
    language: 'es-AR',
  },
  {
    cityName: 'Paris',
    continentCode: 'EU',
    countryCode: 'FR',
    countryCode3: 'FRA',
    countryName: 'France',
    latitude: 48.8566,
    longitude: 2.3522,
    subdivisionCode: 'IDF',
    subdivisionName: 'Ile-de-France',
    timeZone: 'Europe/Paris',
    language: 'fr-FR',
  },
  {
    cityName: 'Sydney',
    continentCode: 'OC',
    countryCode: 'AU',
    countryCode3: 'AUS',
    countryName: 'Australia',
    latitude: -33.8688,
    longitude: 151.2093,
    subdivisionCode: 'NSW',
    subdivisionName: 'New South Wales',
    timeZone: 'Australia/Sydney',
    language: 'en-AU',
  },
  {
    cityName: 'Tokyo',
    continentCode: 'AS',
    countryCode: 'JP',
    countryCode3: 'JPN',
    countryName: 'Japan',
    latitude: 35.6762,
    longitude: 139.6503,
    subdivisionCode: '13',
    subdivisionName: 'Tokyo',
    timeZone: 'Asia/Tokyo',
    language: 'ja-JP',
  },
  {
    cityName: 'London',
    continentCode: 'EU',
    countryCode: 'GB',
    countryCode3: 'GBR',
    countryName: 'United Kingdom',
    latitude: 51.5074,
    longitude: -0.1278,
    subdivisionCode: 'ENG',
    subdivisionName: 'England',
    timeZone: 'Europe/London',
    language: 'en-GB',
  },
];

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
];

/**
 * Where event templates are built (shared/event-templates.ts): each is built once here, then its times are moved
 * to the instant asked for. No event carries this instant.
 */
export const EVENT_ANCHOR_TIME = Date.parse('2026-01-15T09:30:00.000Z');

/**
 * The instant an event is built "at": the test's clock (`Date.now()`, fake clocks included), as production builds
 * an event when the request arrives, so an Action's "in the last 5 minutes" logic sees realistic times. A test
 * that pins the clock (or passes `now`) gets the same event every run.
 */
export function referenceTime(now: number = Date.now()): number {
  return now;
}

export interface SamplePerson {
  givenName: string;
  familyName: string;
  email: string;
  nickname: string;
  picture: string;
  auth0Id: string;
}

export function samplePerson(random: SeededRandom): SamplePerson {
  const givenName = random.pick(GIVEN_NAMES);
  const familyName = random.pick(FAMILY_NAMES);
  const nickname = `${givenName}.${familyName}`.toLowerCase().replace(/[^a-z.]/g, '');
  const email = `${nickname}@${random.pick(EMAIL_DOMAINS)}`;
  const emailHash = createHash('md5').update(email).digest('hex');
  const initials = `${givenName[0]}${familyName[0]}`.toLowerCase();
  return {
    givenName,
    familyName,
    email,
    nickname,
    picture: `https://s.gravatar.com/avatar/${emailHash}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F${initials}.png`,
    auth0Id: random.hex(24),
  };
}

export interface SampleTenant {
  id: string;
  domain: string;
  clientId: string;
  clientName: string;
  connectionId: string;
}

export function sampleTenant(random: SeededRandom): SampleTenant {
  const id = `${random.pick(TENANT_WORDS)}-${random.pick(['dev', 'staging', 'prod'])}`;
  return {
    id,
    domain: `${id}.${random.pick(REGIONS)}.auth0.com`,
    clientId: random.alphanumeric(32),
    clientName: random.pick(APPS),
    connectionId: `con_${random.alphanumeric(16)}`,
  };
}

export interface SampleRequest {
  ip: string;
  userAgent: string;
  city: SampleCity;
}

export function sampleRequest(random: SeededRandom): SampleRequest {
  // Documentation address ranges (RFC 5737): realistic shape, never a real person's address.
  const block = random.pick(['192.0.2', '198.51.100', '203.0.113']);
  return { ip: `${block}.${random.int(1, 254)}`, userAgent: random.pick(USER_AGENTS), city: random.pick(CITIES) };
}

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}
