import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { copyData } from '../../util/copy-data.js';
import { argumentError, isPlainObject, namedRuntimeMessage } from '../../util/errors.js';
import { isArray, isSafeInteger } from '../../util/intrinsics.js';
import { assertKnownOptions } from '../../util/known-options.js';
import { tenantDataOf, type PostLoginRole, type PostLoginUserGroup } from './tenant-data.js';

/**
 * `api.groups`, `api.roles` and `api.rules`: what the runtime fetches from the tenant, answered from the `tenant`
 * option. The async methods reject with the harness's messages (reference E.1.1).
 */
export interface PostLoginPageParams {
  take?: number;
  from?: string;
}

export interface PostLoginGroupsApi {
  getUserGroups(params?: PostLoginPageParams): Promise<{ groups: PostLoginUserGroup[]; next?: string }>;
  hasGroupMembership(groups: string[]): Promise<{
    memberships: Record<
      string,
      { is_member: boolean; matches?: Array<{ id: string; name: string; group_type: string }> }
    >;
    errors?: Record<string, string>;
  }>;
}

export interface PostLoginRolesApi {
  getUserEffectiveRoles(params?: PostLoginPageParams): Promise<{ roles: PostLoginRole[]; next?: string }>;
  getUserEffectiveRolesByIds(ids: string[]): Promise<{ roles: PostLoginRole[] }>;
  getUserEffectiveRolesByNames(names: string[]): Promise<{ roles: PostLoginRole[] }>;
}

export interface PostLoginRulesApi {
  /** Whether the Rule with that id ran before the Actions in this transaction. */
  wasExecuted(ruleId: string): boolean;
}

// Page size when `take` is not given: not documented (UNVERIFIED); roles cap `take` at 100.
const DEFAULT_TAKE = 50;
const MAX_ROLE_TAKE = 100;

function page<T>(
  items: readonly T[],
  params: unknown,
  max: number | undefined,
  method: string,
): { items: T[]; next?: string } {
  if (params !== undefined && !isPlainObject(params))
    throw argumentError(method, 'params', 'an object like { take, from }', params);
  // The runtime's types take `{ take, from }` only; a misspelt key (`limit`, `cursor`) would be ignored there, so the
  // test would read a first page of the default size without noticing.
  if (params !== undefined) assertKnownOptions(method, 'params', params, ['take', 'from']);
  const { take, from } = params ?? {};
  if (from !== undefined && typeof from !== 'string')
    throw new Error('The "from" parameter must be a string if provided.');
  if (take !== undefined && !(typeof take === 'number' && isSafeInteger(take) && take > 0)) {
    throw new Error('The "take" parameter must be a positive integer if provided.');
  }
  if (max !== undefined && typeof take === 'number' && take > max)
    throw argumentError(method, 'params.take', `at most ${max}`, take);
  // `from` is the opaque cursor an earlier page's `next` gave: here, the index to start at.
  const start = from === undefined ? 0 : cursorIndex(from);
  if (start === undefined) throw argumentError(method, 'params.from', "a 'next' value from an earlier page", from);
  const size = take ?? DEFAULT_TAKE;
  const slice = items.slice(start, start + size).map((item) => copyData(item));
  return start + size < items.length ? { items: slice, next: String(start + size) } : { items: slice };
}

function cursorIndex(cursor: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(cursor) ? Number(cursor) : undefined;
}

function names(value: unknown, parameter: string, max: number | undefined, method: string): string[] {
  if (!isArray(value) || value.length === 0 || !value.every((entry) => typeof entry === 'string')) {
    throw new Error(namedRuntimeMessage(method, `The "${parameter}" parameter must be a non-empty array of strings.`));
  }
  // The types cap the list; the harness does not check it and production's answer is UNVERIFIED: refused.
  if (max !== undefined && value.length > max)
    throw argumentError(method, parameter, `at most ${max} entries (${value.length} given)`, value);
  return value;
}

/** An async method: a refused call rejects (and is logged with its error), as the runtime's promise would. */
function asyncCall<T, A extends unknown[]>(
  context: ApiContext,
  path: string,
  args: A,
  run: (owner: ApiContext, ...rest: NoInfer<A>) => T,
): Promise<T> {
  return recordedCall(
    context,
    path,
    args,
    (owner: ApiContext, ...rest: A) => {
      try {
        return Promise.resolve(run(owner, ...rest));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    'result',
  );
}

export function groupsApi(context: ApiContext): PostLoginGroupsApi {
  return {
    getUserGroups(...args: [params?: PostLoginPageParams]) {
      return asyncCall(context, 'groups.getUserGroups', args, (owner, params?) => {
        const { items, next } = page(
          tenantDataOf(owner.options).groups ?? [],
          params,
          undefined,
          'api.groups.getUserGroups()',
        );
        const groups = items.map(({ group_type: _type, ...group }) => group);
        return next === undefined ? { groups } : { groups, next };
      });
    },
    hasGroupMembership(...args: [groups: string[]]) {
      return asyncCall(context, 'groups.hasGroupMembership', args, (owner, groups) => {
        const wanted = names(groups, 'groups', undefined, 'api.groups.hasGroupMembership()');
        const known = tenantDataOf(owner.options).groups ?? [];
        const memberships: Record<
          string,
          { is_member: boolean; matches?: Array<{ id: string; name: string; group_type: string }> }
        > = {};
        for (const idOrName of wanted) {
          const matches = known
            .filter((group) => group.id === idOrName || group.name === idOrName)
            .map((group) => ({ id: group.id, name: group.name, group_type: group.group_type ?? 'tenant' }));
          memberships[idOrName] = matches.length > 0 ? { is_member: true, matches } : { is_member: false };
        }
        return { memberships };
      });
    },
  };
}

export function rolesApi(context: ApiContext): PostLoginRolesApi {
  const roles = (owner: ApiContext): PostLoginRole[] => tenantDataOf(owner.options).roles ?? [];
  return {
    getUserEffectiveRoles(...args: [params?: PostLoginPageParams]) {
      return asyncCall(context, 'roles.getUserEffectiveRoles', args, (owner, params?) => {
        const { items, next } = page(roles(owner), params, MAX_ROLE_TAKE, 'api.roles.getUserEffectiveRoles()');
        return next === undefined ? { roles: items } : { roles: items, next };
      });
    },
    getUserEffectiveRolesByIds(...args: [ids: string[]]) {
      return asyncCall(context, 'roles.getUserEffectiveRolesByIds', args, (owner, ids) => {
        const wanted = names(ids, 'ids', 100, 'api.roles.getUserEffectiveRolesByIds()');
        return {
          roles: roles(owner)
            .filter((role) => wanted.includes(role.id))
            .map((role) => copyData(role)),
        };
      });
    },
    getUserEffectiveRolesByNames(...args: [names: string[]]) {
      return asyncCall(context, 'roles.getUserEffectiveRolesByNames', args, (owner, list) => {
        const wanted = names(list, 'names', 50, 'api.roles.getUserEffectiveRolesByNames()');
        return {
          roles: roles(owner)
            .filter((role) => wanted.includes(role.name))
            .map((role) => copyData(role)),
        };
      });
    },
  };
}

export function rulesApi(context: ApiContext): PostLoginRulesApi {
  return {
    wasExecuted(...args: [ruleId: string]): boolean {
      return recordedCall(
        context,
        'rules.wasExecuted',
        args,
        (owner, ruleId: unknown) => {
          if (typeof ruleId !== 'string')
            throw argumentError('api.rules.wasExecuted()', 'ruleId', "a string (a Rule's id, 'rul_...')", ruleId);
          return tenantDataOf(owner.options).executedRules?.includes(ruleId) ?? false;
        },
        'result',
      );
    },
  };
}
