import { snapshotSerializer } from '../../src/index.js';
import type { PrintConfig, Printer } from '../../src/snapshot/index.js';

/**
 * Serializes with the plugin alone, values as JSON: shows exactly what the plugin hands to pretty-format, and
 * whether any secret survives it, without a snapshot file in between.
 */
export function serialize(
  value: unknown,
  options: { min?: boolean; maxDepth?: number; refs?: unknown[] } = {},
): string {
  const min = options.min ?? false;
  const config: PrintConfig = {
    indent: min ? '' : '  ',
    maxDepth: options.maxDepth ?? Number.POSITIVE_INFINITY,
    min,
    spacingOuter: min ? '' : '\n',
    spacingInner: min ? ' ' : '\n',
  };
  const printer: Printer = (item, itemConfig, indentation, depth, refs) =>
    snapshotSerializer.test(item)
      ? snapshotSerializer.serialize(item, itemConfig, indentation, depth, refs, printer)
      : (JSON.stringify(item) ?? String(item));
  return printer(value, config, '', 0, options.refs ?? []);
}
