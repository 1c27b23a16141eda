/** ANSI styles for the person's report; every one is the identity when colours are off. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001B[${open}m${text}\u001B[${close}m`;

const COLOURS: Palette = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  cyan: style(36, 39),
};
const PLAIN: Palette = { bold: String, dim: String, red: String, green: String, yellow: String, cyan: String };

/**
 * Colours when the output is a terminal that has them (https://no-color.org: NO_COLOR set and not empty turns them
 * off; FORCE_COLOR turns them on, `0` off, as most Node tools read it).
 */
export function paletteFor(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: NodeJS.ProcessEnv): Palette {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? PLAIN : COLOURS;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  return stream.isTTY === true && (stream.hasColors?.() ?? false) ? COLOURS : PLAIN;
}
