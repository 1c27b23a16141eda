import { seededRandom, type SeededRandom } from '../../util/seeded-random.js';
import type { SampleWorld } from './sample-world.js';

/**
 * E.164 numbers from the ranges each country keeps for fiction and documentation (NANP 555-01xx, Ofcom's 07700
 * 900xxx, ACMA's 0491 570xxx...), so a seed's phone is realistic and never a real subscriber's.
 */
const US_RANGE = { prefix: '+120655501', digits: 2 };
const FICTIONAL_RANGES: Readonly<Record<string, { prefix: string; digits: number }>> = {
  US: US_RANGE,
  AR: { prefix: '+54911', digits: 8 },
  FR: { prefix: '+3363998', digits: 4 },
  AU: { prefix: '+61491570', digits: 3 },
  JP: { prefix: '+8190', digits: 8 },
  GB: { prefix: '+447700900', digits: 3 },
};

function digits(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

/**
 * The seed's person's mobile number, in the country their requests come from. It is the person's, not the
 * trigger's: drawn from their user id rather than the trigger's own draws, so send-phone-message and
 * custom-phone-provider text the same number for the same seed.
 */
export function phoneNumberOf(world: SampleWorld): string {
  const range = FICTIONAL_RANGES[world.request.city.countryCode] ?? US_RANGE;
  return `${range.prefix}${digits(seededRandom(`phone:${world.person.auth0Id}`), range.digits)}`;
}

/** The sender number the tenant's SMS gateway uses (NANP fictional range): the tenant's, as above. */
export function senderNumberOf(world: SampleWorld): string {
  return `+120655501${digits(seededRandom(`sender:${world.tenant.id}`), 2)}`;
}

/** A one-time code as Auth0 sends it: six digits. */
export function sampleOtp(random: SeededRandom): string {
  return digits(random, 6);
}

/** How a voice call reads a code: digit by digit, with pauses. */
export function spokenCode(code: string): string {
  return code.split('').join('. ');
}
