import type { ApiInternals } from '../../api/api-context.js';
import { userAfterWrites } from '../../mechanisms/metadata/user-report.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { primaryUserOf } from './authentication-api.js';

/**
 * `sim.user` of post-login: as every trigger with metadata writes reports it (mechanisms/metadata/user-report.ts),
 * except that the user_metadata an Action sets alongside `setPrimaryUser` is discarded (reference E.1.1).
 */
export const postLoginUserRule: FlowRule = {
  report(flow) {
    if (flow.status !== 'completed' && flow.status !== 'denied') return undefined;
    const setsPrimaryUser = (api: ApiInternals): boolean => primaryUserOf([api]) !== undefined;
    const user = userAfterWrites(
      flow.event.user,
      flow.apis,
      (api, write) => write.kind !== 'user_metadata' || !setsPrimaryUser(api),
    );
    return user === undefined ? undefined : { user };
  },
};
