import type { ApiInternals } from '../../api/api-context.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { copyData } from '../../util/copy-data.js';
import { isPlainObject } from '../../util/errors.js';
import { metadataWritesOf, type MetadataWrite } from './user-metadata-api.js';

/**
 * The profile as Auth0 writes it after the flow: the user the Actions saw, with every Action's metadata writes
 * merged once, in order (top-level keys; `null` deletes one), as the runtime batches them (reference D.2).
 */
export function userAfterWrites(
  user: unknown,
  apis: readonly ApiInternals[],
  /** Which writes the runtime applies (post-login drops an Action's user_metadata when it sets a primary user). */
  applies: (api: ApiInternals, write: MetadataWrite) => boolean = () => true,
): Record<string, unknown> | undefined {
  if (!isPlainObject(user)) return undefined;
  const profile = copyData(user);
  for (const api of apis) {
    for (const write of metadataWritesOf(api)) {
      if (!applies(api, write)) continue;
      const { kind, key, value } = write;
      const current: Record<string, unknown> = isPlainObject(profile[kind]) ? profile[kind] : {};
      if (value === null) delete current[key];
      else current[key] = copyData(value);
      profile[kind] = current;
    }
  }
  return profile;
}

/**
 * `sim.user`: set once the flow has ended in a way that writes the profile. A denial keeps the writes already
 * asked for (reference D.2: side-effects are not cancelled; the mock keeps every Action's, UNVERIFIED for the
 * earlier ones); a failed flow writes nothing; a waiting flow has written nothing yet.
 */
export const userReportRule: FlowRule = {
  report(flow) {
    if (flow.status !== 'completed' && flow.status !== 'denied') return undefined;
    const user = userAfterWrites(flow.event.user, flow.apis);
    return user === undefined ? undefined : { user };
  },
};
