import { metadataWritesOf, type MetadataKind } from '../../mechanisms/metadata/user-metadata-api.js';
import type { TriggerOption } from '../definition.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { FlowError } from '../../simulation/flow-errors.js';
import { argumentError } from '../../util/errors.js';
import { bufferByteLength, isSafeInteger, stringifyJson } from '../../util/intrinsics.js';

/** Auth0's limitations page: at most 32 kB of user_metadata and 32 kB of app_metadata per session. */
const DEFAULT_MAX_SESSION_METADATA_BYTES = 32_000;

/**
 * `maxSessionMetadataBytes` (simulate): what the limit applies to is UNVERIFIED (the docs say "per session"); the
 * mock counts what the login's Actions wrote, and "kB" as 1,000 bytes, the stricter reading.
 */
export const maxSessionMetadataBytesOption: TriggerOption = {
  scope: 'flow',
  defaultValue: DEFAULT_MAX_SESSION_METADATA_BYTES,
  check(fn, argument, value) {
    if (typeof value !== 'number' || !(value > 0) || (value !== Infinity && !isSafeInteger(value))) {
      throw argumentError(
        fn,
        argument,
        'a positive whole number of bytes (32000 by default; Infinity for no limit)',
        value,
      );
    }
    return value;
  },
};

/** The keys the login's Actions wrote to one kind of metadata, each with its last value, as Auth0 batches them. */
function writtenMetadata(
  flow: Parameters<NonNullable<FlowRule['atEnd']>>[0],
  kind: MetadataKind,
): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  for (const api of flow.apis)
    for (const write of metadataWritesOf(api)) if (write.kind === kind) written[write.key] = write.value;
  return written;
}

/** Over the limit of user_metadata or app_metadata written in one login, the login fails (MetadataTooLarge). */
export const sessionMetadataLimitRule: FlowRule = {
  atEnd(flow) {
    const limit = flow.options['maxSessionMetadataBytes'] as number;
    for (const kind of ['user_metadata', 'app_metadata'] as const) {
      const size = bufferByteLength(stringifyJson(writtenMetadata(flow, kind)), 'utf8');
      if (size <= limit) continue;
      const error = new FlowError(
        `The Actions of this login wrote ${size} bytes of ${kind}; Auth0 takes at most ${limit} bytes (32 kB) of ` +
          `user_metadata and of app_metadata per session. Store less, or raise the limit with ` +
          `simulate(..., { maxSessionMetadataBytes }) if your tenant differs.`,
        'MetadataTooLarge',
      );
      return [{ kind: 'fail', error }];
    }
    return undefined;
  },
};
