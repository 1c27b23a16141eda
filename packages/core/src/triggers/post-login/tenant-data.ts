import type { TriggerOption } from '../definition.js';
import { copyData } from '../../util/copy-data.js';
import { argumentError, isPlainObject } from '../../util/errors.js';
import { freeze, isArray, objectKeys } from '../../util/intrinsics.js';
import { closestName } from '../../util/known-options.js';

/** A group the user belongs to, as `api.groups.getUserGroups` returns it. */
export interface PostLoginUserGroup {
  id: string;
  name: string;
  external_id?: string;
  connection_id?: string;
  tenant_name?: string;
  created_at?: string;
  updated_at?: string;
  membership_created_at?: string;
  assignment?: string;
  /** `'connection'`, `'organization'` or `'tenant'` (default), as `hasGroupMembership` reports matches. */
  group_type?: string;
}

export interface PostLoginRole {
  id: string;
  name: string;
  type: string;
}

/** What the runtime fetches from the tenant for `api.groups`, `api.roles` and `api.rules.wasExecuted`. */
export interface PostLoginTenantData {
  /** The user's groups. */
  groups?: PostLoginUserGroup[];
  /** The user's effective roles (direct or through groups, scoped to the organization). */
  roles?: PostLoginRole[];
  /** The ids of the Rules that ran before the Actions. */
  executedRules?: string[];
}

const KEYS = ['groups', 'roles', 'executedRules'];

function records(fn: string, argument: string, value: unknown, required: readonly string[]): void {
  if (!isArray(value)) throw argumentError(fn, argument, 'an array of objects', value);
  value.forEach((entry, index) => {
    if (!isPlainObject(entry))
      throw argumentError(fn, `${argument}[${index}]`, `an object like { ${required.join(', ')} }`, entry);
    for (const key of objectKeys(entry)) {
      if (typeof entry[key] !== 'string')
        throw argumentError(fn, `${argument}[${index}].${key}`, 'a string', entry[key]);
    }
    for (const key of required) {
      if (typeof entry[key] !== 'string')
        throw argumentError(fn, `${argument}[${index}].${key}`, 'a string', entry[key]);
    }
  });
}

/** `tenant`: the tenant's data for this user (mockApi and simulate). Without it, a tenant with none. */
export const tenantOption: TriggerOption = {
  scope: 'api',
  defaultValue: freeze({}),
  check(fn, argument, value) {
    if (!isPlainObject(value))
      throw argumentError(fn, argument, 'an object like { groups, roles, executedRules }', value);
    for (const key of objectKeys(value)) {
      if (KEYS.includes(key)) continue;
      const hint = closestName(key, KEYS);
      throw argumentError(
        fn,
        `${argument}.${key}`,
        `one of ${KEYS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`,
        value[key],
      );
    }
    if (value.groups !== undefined) records(fn, `${argument}.groups`, value.groups, ['id', 'name']);
    if (value.roles !== undefined) records(fn, `${argument}.roles`, value.roles, ['id', 'name', 'type']);
    if (value.executedRules !== undefined) {
      if (!isArray(value.executedRules) || !value.executedRules.every((id) => typeof id === 'string')) {
        throw argumentError(fn, `${argument}.executedRules`, 'an array of rule ids (strings)', value.executedRules);
      }
    }
    return copyData(value);
  },
};

export function tenantDataOf(options: Readonly<Record<string, unknown>>): PostLoginTenantData {
  return options.tenant ?? {};
}
