/** Exit statuses of `auth0-actions-mock run` (API.md): the flow's decision never fails the command. */
export const EXIT = { ok: 0, actionFailed: 1, badArguments: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Something wrong with what the user asked for (an option, a file, a trigger): nothing ran. The message says what
 * was expected; the command prints it with a pointer to `--help`.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An Action the runtime itself would refuse (it does not compile, exports no object, a handler is not async). */
export class ActionRefused extends Error {
  override name = 'ActionRefused';
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}
