import { isPlainObject } from './errors.js';
import { hasOwn, isArray, isFiniteNumber, objectEntries, objectKeys } from './intrinsics.js';

/**
 * The shape of an event a trigger receives. Events arrive as JSON, so at any depth a value is a plain object,
 * an array, a string, a finite number, a boolean or null; a shape narrows that down field by field.
 */
export type DataShape =
  | 'string'
  | 'number'
  | 'boolean'
  /** Any JSON value. */
  | 'json'
  | { readonly array: DataShape }
  /** An object whose every value has the same shape (secrets, metadata, query). */
  | { readonly record: DataShape }
  /** One of a few strings (a union of literals in the types: `'sms' | 'voice'`). */
  | { readonly oneOf: readonly string[] }
  | ObjectShape;

export interface ObjectShape {
  readonly fields: Readonly<Record<string, FieldShape>>;
  /** Open objects (`& { [k]: any }` in the types) take extra JSON keys; closed ones reject them. */
  readonly open: boolean;
}

export type FieldShape = DataShape | { readonly optional: DataShape };

export function optional(shape: DataShape): FieldShape {
  return { optional: shape };
}

export function oneOf(...values: string[]): DataShape {
  return { oneOf: values };
}

export function openObject(fields: Record<string, FieldShape>): ObjectShape {
  return { fields, open: true };
}

export function closedObject(fields: Record<string, FieldShape>): ObjectShape {
  return { fields, open: false };
}

/** Where a value departs from its shape: the path below the root, what was expected there, what was found. */
export interface ShapeProblem {
  path: string;
  expected: string;
  received: unknown;
}

const JSON_DATA = 'JSON data (a plain object, an array, a string, a finite number, a boolean or null)';

function jsonProblem(value: unknown, path: string): ShapeProblem | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return isFiniteNumber(value) ? undefined : { path, expected: JSON_DATA, received: value };
  if (isArray(value)) return itemsProblem(value, path, jsonProblem);
  if (isPlainObject(value)) return entriesProblem(value, path, jsonProblem);
  return { path, expected: JSON_DATA, received: value };
}

// Plain loops, no closure per item: every mockEvent() with overrides and every simulate() checks a whole event.
function itemsProblem(
  items: unknown[],
  path: string,
  check: (item: unknown, path: string) => ShapeProblem | undefined,
): ShapeProblem | undefined {
  for (let index = 0; index < items.length; index++) {
    const problem = check(items[index], `${path}[${index}]`);
    if (problem) return problem;
  }
  return undefined;
}

function entriesProblem(
  object: Record<string, unknown>,
  path: string,
  check: (item: unknown, path: string) => ShapeProblem | undefined,
): ShapeProblem | undefined {
  for (const key in object) {
    if (!hasOwn(object, key)) continue;
    const problem = check(object[key], `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

function isOptional(field: FieldShape): field is { readonly optional: DataShape } {
  return typeof field === 'object' && 'optional' in field;
}

/** A field a closed object does not have: most often a misspelling of one it has. */
function unknownFieldProblem(shape: ObjectShape, path: string, received: unknown): ShapeProblem {
  return {
    path,
    expected: `one of the fields the runtime sends here (${objectKeys(shape.fields).join(', ')})`,
    received,
  };
}

function objectProblem(value: Record<string, unknown>, shape: ObjectShape, path: string): ShapeProblem | undefined {
  for (const [key, field] of objectEntries(shape.fields)) {
    const fieldPath = `${path}.${key}`;
    if (value[key] === undefined) {
      if (isOptional(field)) continue;
      return { path: fieldPath, expected: `${describeShape(field)} (a required field)`, received: undefined };
    }
    const problem = shapeProblem(value[key], isOptional(field) ? field.optional : field, fieldPath);
    if (problem) return problem;
  }
  for (const [key, item] of objectEntries(value)) {
    if (hasOwn(shape.fields, key)) continue;
    if (!shape.open) return unknownFieldProblem(shape, `${path}.${key}`, item);
    const problem = jsonProblem(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

/** The first place where `value` departs from `shape`, or `undefined` when it fits. */
export function shapeProblem(value: unknown, shape: DataShape, path: string): ShapeProblem | undefined {
  if (shape === 'json') return jsonProblem(value, path);
  if (shape === 'string' || shape === 'boolean')
    return typeof value === shape ? undefined : { path, expected: `a ${shape}`, received: value };
  if (shape === 'number') {
    return typeof value === 'number' && isFiniteNumber(value)
      ? undefined
      : { path, expected: 'a finite number', received: value };
  }
  if ('oneOf' in shape) {
    return typeof value === 'string' && shape.oneOf.includes(value)
      ? undefined
      : { path, expected: describeShape(shape), received: value };
  }
  if ('array' in shape) {
    if (!isArray(value)) return { path, expected: describeShape(shape), received: value };
    return itemsProblem(value, path, (item, itemPath) => shapeProblem(item, shape.array, itemPath));
  }
  if (!isPlainObject(value)) return { path, expected: describeShape(shape), received: value };
  if ('record' in shape) {
    return entriesProblem(value, path, (item, itemPath) => shapeProblem(item, shape.record, itemPath));
  }
  return objectProblem(value, shape, path);
}

/**
 * `shapeProblem` for a value that fitted `shape` until `overrides` were merged into it (see deep-merge.ts): only
 * what the overrides reached is checked, plus the required fields of every object they reached, since a merge
 * can delete a field or create an object. It finds a problem exactly when `shapeProblem` would, at a fraction
 * of the cost: most overrides touch a handful of fields of an event of a hundred.
 */
export function overriddenShapeProblem(
  value: unknown,
  overrides: Record<string, unknown>,
  shape: DataShape,
  path: string,
): ShapeProblem | undefined {
  if (typeof shape === 'string' || 'array' in shape || 'oneOf' in shape || !isPlainObject(value))
    return shapeProblem(value, shape, path);
  if ('record' in shape) {
    for (const key in overrides) {
      if (!hasOwn(overrides, key) || value[key] === undefined) continue;
      const problem = overriddenFieldProblem(value[key], overrides[key], shape.record, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key in shape.fields) {
    const field = shape.fields[key] as FieldShape;
    if (value[key] === undefined && !isOptional(field)) {
      return { path: `${path}.${key}`, expected: `${describeShape(field)} (a required field)`, received: undefined };
    }
  }
  for (const key in overrides) {
    if (!hasOwn(overrides, key) || value[key] === undefined) continue;
    const fieldPath = `${path}.${key}`;
    let problem: ShapeProblem | undefined;
    if (hasOwn(shape.fields, key)) {
      const field = shape.fields[key] as FieldShape;
      problem = overriddenFieldProblem(
        value[key],
        overrides[key],
        isOptional(field) ? field.optional : field,
        fieldPath,
      );
    } else if (!shape.open) {
      problem = unknownFieldProblem(shape, fieldPath, value[key]);
    } else {
      problem = jsonProblem(value[key], fieldPath);
    }
    if (problem) return problem;
  }
  return undefined;
}

/** A field the overrides merged into (an object) or replaced (anything else: checked whole). */
function overriddenFieldProblem(
  value: unknown,
  override: unknown,
  shape: DataShape,
  path: string,
): ShapeProblem | undefined {
  return isPlainObject(override)
    ? overriddenShapeProblem(value, override, shape, path)
    : shapeProblem(value, shape, path);
}

function describeShape(shape: FieldShape): string {
  if (isOptional(shape)) return describeShape(shape.optional);
  if (shape === 'json') return 'JSON data';
  if (shape === 'number') return 'a finite number';
  if (typeof shape === 'string') return `a ${shape}`;
  if ('array' in shape) return 'an array';
  if ('oneOf' in shape) return `one of ${shape.oneOf.map((value) => `'${value}'`).join(', ')}`;
  if ('record' in shape)
    return shape.record === 'json'
      ? 'a plain object'
      : `a plain object of ${describeShape(shape.record).replace(/^an? /, '')} values`;
  return 'a plain object';
}
