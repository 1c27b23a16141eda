import { apiOf, SECRET, type Scenario } from './tools.js';

const TRIGGER = 'pre-user-registration';

export const toHaveSetUserMetadata: Scenario[] = [
  {
    title: 'with a key alone, passes when any value was set under it',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setUserMetadata('preferred_language', 'fr');
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('preferred_language'),
    outcome: 'pass',
  },
  {
    title: 'compares the value exactly, listing every write numbered, with a diff against the closest',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setUserMetadata('preferred_language', 'fr');
      a.user.setUserMetadata('address', { city: 'Lyon', country: 'FR' });
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('address', { city: 'Paris', country: 'FR' }),
    outcome: 'fail',
  },
  {
    title: 'accepts asymmetric matchers for the key and the value',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setUserMetadata('address', { city: 'Lyon', country: 'FR' });
      return a;
    },
    assert: (a, expect) =>
      a.toHaveSetUserMetadata(expect.stringMatching(/^addr/), expect.objectContaining({ city: 'Lyon' })),
    outcome: 'pass',
  },
  {
    title: 'expects a deletion with null',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setUserMetadata('temporary_code', null);
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('temporary_code', null),
    outcome: 'pass',
  },
  {
    title: 'fails when only app_metadata was written, showing that call',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.user.setAppMetadata('plan', 'premium');
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('plan', 'premium'),
    outcome: 'fail',
  },
  {
    title: 'does not count a write the runtime refused, and shows it with its error',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      try {
        a.user.setUserMetadata('last_seen', new Date(0));
      } catch {
        // refused: a Date is not JSON data
      }
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('last_seen'),
    outcome: 'fail',
  },
  {
    title: 'prints a secret value as [secret]',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER, { CRM_TOKEN: SECRET });
      a.user.setUserMetadata('crm_token', SECRET);
      return a;
    },
    assert: (a) => a.toHaveSetUserMetadata('crm_token'),
    outcome: 'pass',
  },
  {
    title: 'rejects a key that is not text',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveSetUserMetadata as (...args: unknown[]) => void)(42),
    outcome: 'misuse',
  },
];
