/**
 * Built-ins captured once, when the module loads. Jest runs every test file in a vm context whose global object
 * answers each lookup of a global name (`Object`, `Array`, `Math`...) through an interceptor: `Object.hasOwn(x, k)`
 * in a loop over an event's fields cost a call into C++ per field, which made copying an event ten times slower
 * under Jest than under Node. A module-scoped binding is an ordinary variable. Only the library's hot paths use
 * these; `test-jest/global-lookups.test.cjs` counts what is left.
 *
 * Never captured: what fake timers replace (`Date`, `setTimeout`, `clearTimeout`) and what the simulation
 * patches (`console`), since each call must see the current one.
 */
export const {
  create: objectCreate,
  defineProperties,
  defineProperty,
  entries: objectEntries,
  freeze,
  fromEntries,
  getPrototypeOf,
  hasOwn,
  keys: objectKeys,
  values: objectValues,
} = Object;
export const OBJECT_PROTOTYPE = Object.prototype;
export const { isArray } = Array;
export const { isFinite: isFiniteNumber, isSafeInteger } = Number;
export const { floor: mathFloor, imul: mathImul, max: mathMax, min: mathMin } = Math;
export const { parse: parseJson, stringify: stringifyJson } = JSON;
export const bufferByteLength = Buffer.byteLength.bind(Buffer);
export const bufferFrom = Buffer.from.bind(Buffer);
export const cloneStructured = structuredClone;
export const NativeMap = Map;
export const NativeSet = Set;
export const NativePromise = Promise;
export const NativeURL = URL;
