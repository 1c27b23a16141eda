/**
 * The shape of a password-reset-post-challenge event (reference A.2 and the @auth0/actions types), written out
 * independently of src/ so a test can tell whether an event is one the runtime could send. Events are JSON:
 * only plain objects, arrays, strings, finite numbers, booleans and null, at any depth.
 */
type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'json'
  | { array: Shape }
  | { record: Shape }
  | { object: Record<string, Shape | { optional: Shape }>; extra?: boolean };

const metadata: Shape = { record: 'string' };
const optional = (shape: Shape) => ({ optional: shape });
const openObject = (object: Record<string, Shape | { optional: Shape }>): Shape => ({ object, extra: true });
const closedObject = (object: Record<string, Shape | { optional: Shape }>): Shape => ({ object });

export const POST_CHALLENGE_EVENT_SHAPE: Shape = closedObject({
  secrets: { record: 'string' },
  configuration: { record: 'json' },
  authentication: openObject({
    methods: { array: openObject({ name: 'string', timestamp: 'string', type: optional('string') }) },
    riskAssessment: optional(openObject({ supplemental: optional({ record: 'json' }) })),
  }),
  authorization: closedObject({ roles: { array: 'string' } }),
  client: openObject({ client_id: 'string', metadata, name: 'string' }),
  connection: closedObject({ id: 'string', name: 'string', strategy: 'string', metadata: optional(metadata) }),
  custom_domain: optional(closedObject({ domain: 'string', domain_metadata: metadata })),
  organization: optional(openObject({ id: 'string', display_name: 'string', name: 'string', metadata })),
  prompt: optional(
    closedObject({ id: 'string', fields: optional({ record: 'json' }), vars: optional({ record: 'json' }) }),
  ),
  request: closedObject({
    body: { record: 'json' },
    query: { record: 'json' },
    ip: 'string',
    method: 'string',
    geoip: openObject({
      cityName: optional('string'),
      continentCode: optional('string'),
      countryCode: optional('string'),
      countryCode3: optional('string'),
      countryName: optional('string'),
      latitude: optional('number'),
      longitude: optional('number'),
      subdivisionCode: optional('string'),
      subdivisionName: optional('string'),
      timeZone: optional('string'),
    }),
    hostname: optional('string'),
    language: optional('string'),
    user_agent: optional('string'),
  }),
  stats: closedObject({ logins_count: 'number' }),
  tenant: closedObject({ id: 'string' }),
  transaction: openObject({
    locale: 'string',
    ui_locales: { array: 'string' },
    correlation_id: optional('string'),
    login_hint: optional('string'),
    state: optional('string'),
  }),
  user: openObject({
    user_id: 'string',
    created_at: 'string',
    updated_at: 'string',
    email_verified: 'boolean',
    app_metadata: { record: 'json' },
    user_metadata: { record: 'json' },
    identities: {
      array: openObject({
        connection: optional('string'),
        isSocial: optional('boolean'),
        profileData: optional({ record: 'json' }),
        provider: optional('string'),
        user_id: optional('string'),
      }),
    },
    email: optional('string'),
    family_name: optional('string'),
    given_name: optional('string'),
    last_password_reset: optional('string'),
    name: optional('string'),
    nickname: optional('string'),
    phone_number: optional('string'),
    phone_verified: optional('boolean'),
    picture: optional('string'),
    username: optional('string'),
    enrolledFactors: optional({ array: openObject({ type: 'string', options: optional({ record: 'json' }) }) }),
  }),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function jsonProblem(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is a non-finite number`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = jsonProblem(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) return `${path}.${key} is undefined`;
      const problem = jsonProblem(item, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return `${path} is not JSON data (${typeof value})`;
}

function shapeProblem(value: unknown, shape: Shape, path: string): string | undefined {
  if (shape === 'json') return jsonProblem(value, path);
  if (shape === 'string' || shape === 'boolean')
    return typeof value === shape ? undefined : `${path} is not a ${shape}`;
  if (shape === 'number')
    return typeof value === 'number' && Number.isFinite(value) ? undefined : `${path} is not a finite number`;
  if ('array' in shape) {
    if (!Array.isArray(value)) return `${path} is not an array`;
    for (const [index, item] of value.entries()) {
      const problem = shapeProblem(item, shape.array, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return `${path} is not a plain object`;
  if ('record' in shape) {
    for (const [key, item] of Object.entries(value)) {
      const problem = shapeProblem(item, shape.record, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, field] of Object.entries(shape.object)) {
    const isOptional = typeof field === 'object' && 'optional' in field;
    const fieldShape = isOptional ? (field as { optional: Shape }).optional : (field as Shape);
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (isOptional) continue;
      return `${path}.${key} is missing`;
    }
    const problem = shapeProblem(value[key], fieldShape, `${path}.${key}`);
    if (problem) return problem;
  }
  for (const [key, item] of Object.entries(value)) {
    if (Object.hasOwn(shape.object, key)) continue;
    if (!shape.extra) return `${path}.${key} is not a field of this object`;
    const problem = jsonProblem(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Why the event is not one the runtime could send, or undefined when it is. */
export function postChallengeEventProblem(event: unknown): string | undefined {
  return shapeProblem(event, POST_CHALLENGE_EVENT_SHAPE, 'event');
}
