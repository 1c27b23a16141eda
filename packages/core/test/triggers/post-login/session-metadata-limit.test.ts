import { describe, expect, it } from 'vitest';
import { FlowError, simulate, type PostLoginApi, type PostLoginEvent } from '../../../src/index.js';

const TRIGGER = 'post-login';
type Handler = (event: PostLoginEvent, api: PostLoginApi) => Promise<void>;
const writes = (name: string, onExecutePostLogin: Handler) => ({ name, onExecutePostLogin });
const text = (bytes: number) => 'x'.repeat(bytes);

describe('simulate(post-login): 32 kB of metadata per session', () => {
  it('a login whose Actions write more than 32,000 bytes of user_metadata fails, with no tokens', async () => {
    const sim = await simulate(
      [
        writes('a', async (_e, api) => void api.user.setUserMetadata('notes', text(20_000))),
        writes('b', async (_e, api) => void api.user.setUserMetadata('more', text(13_000))),
      ],
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('failed');
    expect(sim.error).toBeInstanceOf(FlowError);
    expect(sim.error).toMatchObject({ code: 'MetadataTooLarge' });
    expect((sim.error as Error).message).toMatch(/wrote 330\d\d bytes of user_metadata; Auth0 takes at most 32000/);
    expect(sim.idToken).toBeUndefined();
  });

  it('app_metadata is counted on its own, and a key written twice counts once (its last value)', async () => {
    const sim = await simulate(
      writes('a', async (_e, api) => {
        api.user.setAppMetadata('blob', text(31_000));
        api.user.setAppMetadata('blob', text(30_000));
        api.user.setUserMetadata('notes', text(31_000));
      }),
      { trigger: TRIGGER },
    );
    expect(sim.status).toBe('completed');
  });

  it('maxSessionMetadataBytes changes the limit; a wrong value names the option', async () => {
    const action = writes('a', async (_e, api) => void api.user.setAppMetadata('blob', text(2_000)));
    expect((await simulate(action, { trigger: TRIGGER, maxSessionMetadataBytes: 1_000 })).status).toBe('failed');
    expect((await simulate(action, { trigger: TRIGGER, maxSessionMetadataBytes: Infinity })).status).toBe('completed');
    await expect(simulate(action, { trigger: TRIGGER, maxSessionMetadataBytes: '32kb' as never })).rejects.toThrow(
      /maxSessionMetadataBytes.*positive whole number of bytes/s,
    );
  });
});
