export { simulate } from './simulate.js';
export { FlowError } from './flow-errors.js';
export type {
  BaseSimulateOptions,
  ContinueRequest,
  Denial,
  ContinueToken,
  PendingChallenge,
  PendingPrompt,
  SimulateOptions,
  SimulatedAction,
  Simulation,
  SimulationOf,
  SimulationRedirect,
  SimulationStatus,
} from './types.js';
