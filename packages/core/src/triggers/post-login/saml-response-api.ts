import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { argumentError } from '../../util/errors.js';
import { bufferByteLength, isArray, isFiniteNumber, objectKeys, stringifyJson } from '../../util/intrinsics.js';

export type PostLoginSamlAttributeValue = string | number | boolean | null | Array<string | number | boolean>;

/** `api.samlResponse`: the SAML assertion's attributes and configuration. The harness returns the api from each. */
export interface PostLoginSamlResponseApi<R> {
  setAttribute(attribute: string, value: PostLoginSamlAttributeValue | undefined): R;
  setAudience(audience: string): R;
  setRecipient(recipient: string): R;
  setDestination(destination: string): R;
  setCreateUpnClaim(createUpnClaim: boolean): R;
  setPassthroughClaimsWithNoMapping(passthrough: boolean): R;
  setMapUnknownClaimsAsIs(mapUnknown: boolean): R;
  setMapIdentities(mapIdentities: boolean): R;
  setSignatureAlgorithm(algorithm: 'rsa-sha256' | 'rsa-sha1'): R;
  setDigestAlgorithm(algorithm: 'sha256' | 'sha1'): R;
  setEncryptionAlgorithm(algorithm: 'aes256-gcm' | 'aes256-cbc'): R;
  setLifetimeInSeconds(lifetime: number): R;
  setSignResponse(signResponse: boolean): R;
  setNameIdentifierFormat(format: string): R;
  setNameIdentifierProbes(probes: string[]): R;
  setAuthnContextClassRef(classRef: string): R;
  setIncludeAttributeNameFormat(include: boolean): R;
  setTypedAttributes(typed: boolean): R;
  setSigningCert(cert: string): R;
  setEncryptionCert(cert: string): R;
  setEncryptionPublicKey(key: string): R;
  setCert(cert: string): R;
  setKey(key: string): R;
  setRelayState(relayState: string): R;
  setIssuer(issuer: string): R;
}

const MAX_ATTRIBUTES_BYTES = 102_400;
const ATTRIBUTES = 'post-login:saml-attributes';

type Check = (method: string, value: unknown) => void;

const text =
  (max: number): Check =>
  (method, value) => {
    if (typeof value !== 'string') throw argumentError(method, 'value', `a string of at most ${max} characters`, value);
    if (value.length > max)
      throw argumentError(
        method,
        'value',
        `a string of at most ${max} characters (${value.length} given)`,
        `${value.slice(0, 20)}…`,
      );
  };
const flag: Check = (method, value) => {
  if (typeof value !== 'boolean') throw argumentError(method, 'value', 'a boolean', value);
};
const oneOf =
  (...allowed: string[]): Check =>
  (method, value) => {
    if (!allowed.includes(value as string))
      throw argumentError(method, 'value', allowed.map((name) => `'${name}'`).join(' or '), value);
  };
const seconds: Check = (method, value) => {
  if (typeof value !== 'number' || !isFiniteNumber(value) || value <= 0)
    throw argumentError(method, 'value', 'a positive number of seconds', value);
};
const probes: Check = (method, value) => {
  if (!isArray(value) || value.length > 10)
    throw argumentError(method, 'value', 'an array of at most 10 strings', value);
  value.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.length > 512)
      throw argumentError(method, `value[${index}]`, 'a string of at most 512 characters', entry);
  });
};

/**
 * The configuration setters and the harness's schema limits (reference E.1.1, `PostLoginSetSAMLConfigurationInput`).
 */
const SETTERS: Record<string, Check> = {
  setAudience: text(2048),
  setRecipient: text(2048),
  setDestination: text(2048),
  setCreateUpnClaim: flag,
  setPassthroughClaimsWithNoMapping: flag,
  setMapUnknownClaimsAsIs: flag,
  setMapIdentities: flag,
  setSignatureAlgorithm: oneOf('rsa-sha256', 'rsa-sha1'),
  setDigestAlgorithm: oneOf('sha256', 'sha1'),
  setEncryptionAlgorithm: oneOf('aes256-gcm', 'aes256-cbc'),
  setLifetimeInSeconds: seconds,
  setSignResponse: flag,
  setNameIdentifierFormat: text(512),
  setNameIdentifierProbes: probes,
  setAuthnContextClassRef: text(512),
  setIncludeAttributeNameFormat: flag,
  setTypedAttributes: flag,
  setSigningCert: text(4096),
  setEncryptionCert: text(4096),
  setEncryptionPublicKey: text(4096),
  setCert: text(4096),
  setKey: text(4096),
  setRelayState: text(512),
  setIssuer: text(512),
};

export function samlResponseApi<R>(context: ApiContext): PostLoginSamlResponseApi<R> {
  const api: Record<string, (...args: unknown[]) => R> = {
    setAttribute(...args: unknown[]): R {
      return recordedCall(context, 'samlResponse.setAttribute', args as [unknown, unknown], setAttribute, 'api');
    },
  };
  for (const name of objectKeys(SETTERS)) {
    const check = SETTERS[name]!;
    api[name] = (...args: unknown[]): R =>
      recordedCall(
        context,
        `samlResponse.${name}`,
        args as [unknown],
        (_owner, value) => check(`api.samlResponse.${name}()`, value),
        'api',
      );
  }
  return api as unknown as PostLoginSamlResponseApi<R>;
}

const isScalar = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isFiniteNumber(value));

function setAttribute(context: ApiContext, attribute: unknown, value: unknown): void {
  const method = 'api.samlResponse.setAttribute()';
  if (typeof attribute !== 'string' || attribute === '')
    throw argumentError(method, 'attribute', 'a non-empty string (the attribute name)', attribute);
  const normalised = value === undefined ? null : value;
  const attributes = { ...((context.transaction[ATTRIBUTES] as Record<string, unknown> | undefined) ?? {}) };
  if (normalised === null) delete attributes[attribute];
  else attributes[attribute] = normalised;
  // The harness checks the serialised size of all attributes first, then each value's type.
  if (bufferByteLength(stringifyJson(attributes), 'utf8') > MAX_ATTRIBUTES_BYTES) {
    throw new Error(`The total size of the SAML attributes exceeds the limit of ${MAX_ATTRIBUTES_BYTES} bytes.`);
  }
  if (normalised !== null && !isScalar(normalised) && !(isArray(normalised) && normalised.every(isScalar))) {
    throw argumentError(
      method,
      'value',
      'a string, a number, a boolean, null (removes it) or an array of those',
      value,
    );
  }
  context.transaction[ATTRIBUTES] = attributes;
}
