import { closedObject, optional, type DataShape } from '../../util/data-shape.js';
import type { SampleWorld } from './sample-world.js';

/** `event.tenant` of the notification triggers: the branding an email or a text message is signed with. */
export interface BrandedTenant {
  id: string;
  friendly_name?: string;
  home_url?: string;
  logo_url?: string;
  support_email?: string;
  support_url?: string;
}

export const brandedTenantShape: DataShape = closedObject({
  id: 'string',
  friendly_name: optional('string'),
  home_url: optional('string'),
  logo_url: optional('string'),
  support_email: optional('string'),
  support_url: optional('string'),
});

/** `acme-prod` is "Acme": the name users see in the messages. */
export function friendlyNameOf(world: SampleWorld): string {
  return friendlyNameOfTenantId(world.tenant.id);
}

export function friendlyNameOfTenantId(id: string): string {
  const word = id.split('-')[0] as string;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** The name an event's messages are signed with: the tenant's friendly name, else the one its id gives. */
export function messageSignatureOf(tenant: unknown): string {
  const { id, friendly_name } = (tenant ?? {}) as { id?: unknown; friendly_name?: unknown };
  if (typeof friendly_name === 'string') return friendly_name;
  return friendlyNameOfTenantId(typeof id === 'string' ? id : '');
}

export function brandedTenant(world: SampleWorld): BrandedTenant {
  const { id } = world.tenant;
  const word = id.split('-')[0] as string;
  const site = `https://www.${word}.example.com`;
  return {
    id,
    friendly_name: friendlyNameOf(world),
    home_url: site,
    logo_url: `${site}/logo.png`,
    support_email: `support@${word}.example.com`,
    support_url: `${site}/support`,
  };
}
