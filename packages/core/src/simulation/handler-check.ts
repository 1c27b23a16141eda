/** The handler the runtime would call, or the error its loader raises instead (reference D.9). */
export type HandlerLookup =
  { ok: true; handler: (event: unknown, api: unknown) => Promise<unknown> } | { ok: false; error: Error };

export const NOT_AN_OBJECT = 'The Action must export an object.';

export function invalidSignature(name: string): string {
  return `Invalid function signature for the "${name}" handler. Use "exports.${name} = async function(event, api) { }" as the signature.`;
}

export function missingHandler(name: string): string {
  return `The Action does not export the "${name}" handler. Use "exports.${name} = async function(event, api) { }" to add it.`;
}

/**
 * The runtime's loader checks, in its order: the export is an object, then the handler is an `async function`
 * (by `constructor.name`, as the loader does, so a `jest.fn()` or a plain function returning a promise fails
 * exactly as it would once deployed).
 */
export function lookUpHandler(module: unknown, name: string): HandlerLookup {
  if (typeof module !== 'object' || module === null) return { ok: false, error: new Error(NOT_AN_OBJECT) };
  const handler = (module as Record<string, unknown>)[name];
  if (handler === undefined) return { ok: false, error: new Error(missingHandler(name)) };
  if (typeof handler !== 'function' || handler.constructor?.name !== 'AsyncFunction') {
    return { ok: false, error: new Error(invalidSignature(name)) };
  }
  return { ok: true, handler: handler as (event: unknown, api: unknown) => Promise<unknown> };
}
