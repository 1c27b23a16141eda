export { snapshotSerializer } from './serializer.js';
export type { PrintConfig, Printer, SnapshotSerializer } from './serializer-types.js';
