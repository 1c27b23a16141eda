/**
 * The parts of pretty-format's plugin interface the serializer uses, declared here so that core needs neither
 * pretty-format at run time nor its types in its declarations. Jest's and Vitest's `addSnapshotSerializer` accept
 * an object of this shape (their `Config` has more fields; the serializer reads only these).
 */
export interface PrintConfig {
  /** One level of indentation ('' when `min`). */
  readonly indent: string;
  readonly maxDepth: number;
  readonly min: boolean;
  /** Between a bracket and the first or last item: a newline, or '' when `min`. */
  readonly spacingOuter: string;
  /** Between items: a newline, or ' ' when `min`. */
  readonly spacingInner: string;
}

/** pretty-format's own printer, handed to the plugin: prints any value with the runner's settings and plugins. */
export type Printer<Config extends PrintConfig = PrintConfig> = (
  value: unknown,
  config: Config,
  indentation: string,
  depth: number,
  refs: unknown[],
) => string;

/** A pretty-format plugin ("new" style): what `expect.addSnapshotSerializer` takes. */
export interface SnapshotSerializer {
  test(value: unknown): boolean;
  serialize<Config extends PrintConfig>(
    value: unknown,
    config: Config,
    indentation: string,
    depth: number,
    refs: unknown[],
    printer: Printer<Config>,
  ): string;
}
