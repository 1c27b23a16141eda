/**
 * The harness checks custom-token-exchange's arguments with JSON schemas and reports every problem as
 * `<prefix>: <field> <message>` (reference E.2, "codec error format"): several messages for one field joined with
 * `, `, several fields with `; `. A missing argument is a problem of the root, whose name is empty, hence two spaces:
 * `Invalid setUserById arguments:  must have required property 'user_id'`.
 */
export interface SchemaProblem {
  /** `''` for the root, `code`, `options/creationBehavior`... */
  readonly field: string;
  readonly message: string;
}

export function schemaError(prefix: string, problems: readonly SchemaProblem[]): Error {
  const fields: string[] = [];
  const messages = new Map<string, string[]>();
  for (const { field, message } of problems) {
    if (!messages.has(field)) {
      fields.push(field);
      messages.set(field, []);
    }
    messages.get(field)?.push(message);
  }
  return new Error(`${prefix}: ${fields.map((field) => `${field} ${(messages.get(field) ?? []).join(', ')}`).join('; ')}`);
}

/** Throws the harness's error when there is any problem. */
export function assertNoProblems(prefix: string, problems: readonly SchemaProblem[]): void {
  if (problems.length > 0) throw schemaError(prefix, problems);
}

/** A required property of the arguments object: reported at the root. */
export function required(name: string, value: unknown, field = ''): SchemaProblem[] {
  return value === undefined ? [{ field, message: `must have required property '${name}'` }] : [];
}

/** A string property with a length range (in code points, as ajv counts), when present. */
export function stringProblems(field: string, value: unknown, min?: number, max?: number): SchemaProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [{ field, message: 'must be string' }];
  const length = [...value].length;
  const problems: SchemaProblem[] = [];
  if (min !== undefined && length < min) problems.push({ field, message: `must NOT have fewer than ${min} characters` });
  if (max !== undefined && length > max) problems.push({ field, message: `must NOT have more than ${max} characters` });
  return problems;
}

export function booleanProblems(field: string, value: unknown): SchemaProblem[] {
  return value === undefined || typeof value === 'boolean' ? [] : [{ field, message: 'must be boolean' }];
}
