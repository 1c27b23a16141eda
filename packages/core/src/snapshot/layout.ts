import type { PrintConfig, Printer } from './serializer-types.js';

/**
 * What a snapshot of a mock object shows, before it is printed: labelled blocks whose keys keep the order given
 * here (pretty-format would sort them), lists, calls written as calls, and plain values that pretty-format prints
 * with the runner's own settings and plugins.
 */
export type Layout =
  | { readonly kind: 'block'; readonly label: string; readonly entries: ReadonlyArray<readonly [string, Layout]> }
  | { readonly kind: 'list'; readonly items: readonly Layout[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Layout[] }
  | { readonly kind: 'value'; readonly value: unknown };

export const block = (label: string, entries: ReadonlyArray<readonly [string, Layout]>): Layout => ({
  kind: 'block',
  label,
  entries,
});
export const list = (items: readonly Layout[]): Layout => ({ kind: 'list', items });
export const call = (name: string, args: readonly Layout[]): Layout => ({ kind: 'call', name, args });
export const value = (data: unknown): Layout => ({ kind: 'value', value: data });

/** The printing context pretty-format hands a plugin. */
export interface PrintContext<Config extends PrintConfig> {
  readonly config: Config;
  readonly refs: unknown[];
  readonly printer: Printer<Config>;
}

/** Prints a layout at `indentation` the way pretty-format prints objects and arrays (also in `min` mode). */
export function printLayout<Config extends PrintConfig>(
  layout: Layout,
  context: PrintContext<Config>,
  indentation: string,
  depth: number,
): string {
  const { config, refs, printer } = context;
  const child = (item: Layout, inner: string): string => printLayout(item, context, inner, depth + 1);
  switch (layout.kind) {
    case 'value':
      return printer(layout.value, config, indentation, depth, refs);
    case 'list':
      return enclose(
        '[',
        ']',
        layout.items.map((item) => (inner) => child(item, inner)),
        config,
        indentation,
      );
    case 'call':
      return enclose(
        `${layout.name}(`,
        ')',
        layout.args.map((arg) => (inner) => child(arg, inner)),
        config,
        indentation,
      );
    case 'block': {
      const entries = layout.entries.map(
        ([key, item]) =>
          (inner: string) =>
            `${printer(key, config, inner, depth + 1, refs)}: ${child(item, inner)}`,
      );
      return enclose(layout.label === '' ? '{' : `${layout.label} {`, '}', entries, config, indentation);
    }
  }
}

/** Items between brackets, one a line with a trailing comma, or `a, b` in `min` mode; `[]` when empty. */
function enclose(
  open: string,
  close: string,
  items: ReadonlyArray<(inner: string) => string>,
  config: PrintConfig,
  indentation: string,
): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = indentation + config.indent;
  const lines = items.map((item) => inner + item(inner));
  return `${open}${config.spacingOuter}${lines.join(`,${config.spacingInner}`)}${config.min ? '' : ','}${config.spacingOuter}${indentation}${close}`;
}
