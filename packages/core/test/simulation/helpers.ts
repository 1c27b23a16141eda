import type { PostChallengeApi, PostChallengeEvent } from '../../src/index.js';

export const TRIGGER = 'password-reset-post-challenge' as const;

export type Handler = (event: PostChallengeEvent, api: PostChallengeApi) => Promise<void>;

/** An Action module as a user's file exports it, with a name for the flow. */
export function action(name: string, onExecutePostChallenge: Handler, onContinuePostChallenge?: Handler) {
  return onContinuePostChallenge
    ? { name, onExecutePostChallenge, onContinuePostChallenge }
    : { name, onExecutePostChallenge };
}

export const noop: Handler = async () => {};

/** Names of the handler calls that ran, in order, as `name:handler`. */
export function ran(sim: { actions: Array<{ name: string; handler: string }> }): string[] {
  return sim.actions.map(
    ({ name, handler }) => `${name}:${handler === 'onExecutePostChallenge' ? 'execute' : 'continue'}`,
  );
}
