export * from './matchers/index.js';
// Also here, so a setup file can register the matchers and the serializer without loading the rest of core.
export { snapshotSerializer, type SnapshotSerializer } from './snapshot/index.js';
