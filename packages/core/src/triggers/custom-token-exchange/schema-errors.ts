/**
 * The harness checks custom-token-exchange's arguments with JSON schemas and reports every problem as
 * `<prefix>: <field> <message>` (reference E.2, "codec error format"): several messages for one field joined with
 * `, `, several fields with `; `. A missing argument is a problem of the root, whose name is empty, hence two spaces:
 * `Invalid setUserById arguments:  must have required property 'user_id'`.
 * For an argument that is missing or of the wrong type, the mock puts the method's name first and after the message
 * says what the argument should have been (`ArgumentSchema`); other refusals keep the harness's message as it is.
 */
export interface SchemaProblem {
  /** `''` for the root, `code`, `options/creationBehavior`... */
  readonly field: string;
  readonly message: string;
  /** The argument a missing or wrongly typed value belongs to (`code`), when the problem is that. */
  readonly argument?: string;
}

/** The method the problems are about, and what each of its arguments must be. */
export interface ArgumentSchema {
  /** `api.access.deny()`. */
  readonly method: string;
  /** `{ code: 'a non-empty string such as ...' }`, keyed by the argument's name in the runtime's schema. */
  readonly expected: Readonly<Record<string, string>>;
}

export function schemaError(prefix: string, problems: readonly SchemaProblem[], schema?: ArgumentSchema): Error {
  const fields: string[] = [];
  const messages = new Map<string, string[]>();
  for (const { field, message } of problems) {
    if (!messages.has(field)) {
      fields.push(field);
      messages.set(field, []);
    }
    messages.get(field)?.push(message);
  }
  const message = `${prefix}: ${fields.map((field) => `${field} ${(messages.get(field) ?? []).join(', ')}`).join('; ')}`;
  if (schema === undefined) return new Error(message);
  const wrong = new Set(problems.map((problem) => problem.argument).filter((name) => name !== undefined));
  const hints = [...wrong].flatMap((name) =>
    schema.expected[name] === undefined ? [] : [`${name}: expected ${schema.expected[name]}`],
  );
  return new Error(hints.length > 0 ? `${schema.method}: ${message} (${hints.join('; ')})` : message);
}

/** Throws the harness's error when there is any problem (named and explained for a missing or mistyped argument). */
export function assertNoProblems(prefix: string, problems: readonly SchemaProblem[], schema?: ArgumentSchema): void {
  if (problems.length > 0) throw schemaError(prefix, problems, schema);
}

/** A required property of the arguments object: reported at the root. */
export function required(name: string, value: unknown, field = ''): SchemaProblem[] {
  return value === undefined
    ? [{ field, message: `must have required property '${name}'`, argument: field === '' ? name : undefined }]
    : [];
}

/** A string property with a length range (in code points, as ajv counts), when present. */
export function stringProblems(field: string, value: unknown, min?: number, max?: number): SchemaProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [{ field, message: 'must be string', argument: field }];
  const length = [...value].length;
  const problems: SchemaProblem[] = [];
  if (min !== undefined && length < min)
    problems.push({ field, message: `must NOT have fewer than ${min} characters` });
  if (max !== undefined && length > max) problems.push({ field, message: `must NOT have more than ${max} characters` });
  return problems;
}

export function booleanProblems(field: string, value: unknown): SchemaProblem[] {
  return value === undefined || typeof value === 'boolean' ? [] : [{ field, message: 'must be boolean' }];
}
