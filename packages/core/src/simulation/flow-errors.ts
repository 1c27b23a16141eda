import type { SimulationStatus } from './types.js';

/**
 * Errors that end a flow with status 'failed'. The runtime's wording is not public for these (UNVERIFIED), so each
 * message says what happened and which limit applied; `code` lets a test tell them apart.
 */
export class FlowError extends Error {
  constructor(
    message: string,
    /**
     * `'ExecutionTimeout'`, `'TooManyChallengeCommands'`, `'MissingContinueHandler'`, `'NoUsableFactor'`,
     * `'InvalidRequest'`, or a code a trigger's flow rules add.
     */
    readonly code: string,
  ) {
    super(message);
    this.name = 'FlowError';
  }
}

export function executionTimeout(action: string, handler: string, limitMs: number, elapsedMs: number): FlowError {
  return new FlowError(
    `Execution timed out: the Actions of one execution must finish within ${limitMs} ms, and "${action}" ` +
      `(${handler}) was still running after ${elapsedMs} ms of Date.now() time. The budget starts again after a redirect, ` +
      `a prompt or an MFA challenge (limits.executionTimeoutMs).`,
    'ExecutionTimeout',
  );
}

export function tooManyChallengeCommands(action: string, count: number, max: number): FlowError {
  return new FlowError(
    `Too many MFA commands: "${action}" brought this flow to ${count} challengeWith / challengeWithAny commands; ` +
      `at most ${max} may run in one user flow, counted across Actions (limits.maxChallengeCommands).`,
    'TooManyChallengeCommands',
  );
}

export function missingContinueHandler(action: string, cause: 'redirect' | 'prompt', handler: string): FlowError {
  const call = cause === 'redirect' ? 'api.redirect.sendUserTo()' : 'api.prompt.render()';
  return new FlowError(
    `"${action}" called ${call} but does not export ${handler}, so the runtime cannot resume it at /continue. ` +
      `Add "exports.${handler} = async function(event, api) { }".`,
    'MissingContinueHandler',
  );
}

/**
 * The browser came back to `/continue` with a `state` other than the transaction's (a forged or stale link): the
 * runtime answers `invalid_request` and never resumes the Action (reference B.1).
 */
export function invalidContinueState(expected: string, received: unknown): FlowError {
  const got = received === undefined || received === '' ? 'no state' : `state ${JSON.stringify(received)}`;
  return new FlowError(
    `invalid_request: the /continue request carried ${got}, but this transaction's state is "${expected}", so the runtime ` +
      `does not resume the Action. continue() adds the right state for you: leave query.state out unless the test is ` +
      `about a wrong one.`,
    'InvalidRequest',
  );
}

const WAITING_FOR: Record<SimulationStatus, string> = {
  challenged: 'for the user to pass an MFA challenge: call completeChallenge()',
  redirected: 'for the browser to come back to /continue: call continue()',
  prompted: 'for the rendered prompt to be submitted: call continue({ body })',
  completed: '',
  denied: '',
  failed: '',
};

/** A step asked of a Simulation in another state: say what it is waiting for, or how it ended. */
export function notWaitingFor(method: string, status: SimulationStatus): Error {
  const waiting = WAITING_FOR[status];
  const state = waiting
    ? `the simulation is ${status}, waiting ${waiting}`
    : `the flow has finished with status '${status}', so nothing is waiting`;
  return new Error(`simulation.${method}(): ${state}.`);
}

export function stillRunning(method: string): Error {
  return new Error(`simulation.${method}(): the previous step is still running; await it before taking the next one.`);
}
