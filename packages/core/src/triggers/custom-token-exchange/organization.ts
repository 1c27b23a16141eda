import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { assertNoProblems, required, stringProblems } from './schema-errors.js';

const MAX_ORGANIZATION = 50;

/**
 * `api.authentication.setOrganization(organization_id_or_name)`: the organization the tokens are issued for.
 * Production checks membership, the client's `organization_usage` and the connection; the mock has no tenant to
 * check them against, so it records the call after the harness's schema check (reference E.9).
 */
export function setOrganizationMethod(context: ApiContext) {
  return {
    setOrganization(...args: [organizationIdOrName: string]): void {
      return recordedCall(context, 'authentication.setOrganization', args, (_owner, organization: unknown) => {
        assertNoProblems(
          'Invalid setOrganization arguments',
          [
            ...required('organization_id_or_name', organization),
            ...stringProblems('organization_id_or_name', organization, 1, MAX_ORGANIZATION),
          ],
          {
            method: 'api.authentication.setOrganization()',
            expected: {
              organization_id_or_name: `an organization's id (org_...) or name, a string of 1 to ${MAX_ORGANIZATION} characters`,
            },
          },
        );
      });
    },
  };
}
