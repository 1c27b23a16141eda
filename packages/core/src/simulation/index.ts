export { simulate } from './simulate.js';
export { FlowError } from './flow-errors.js';
export type {
  ContinueRequest,
  ContinueToken,
  PendingChallenge,
  PendingPrompt,
  SimulateOptions,
  SimulatedAction,
  Simulation,
  SimulationRedirect,
  SimulationStatus,
} from './types.js';
