import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';

/**
 * Builds compact JWS strings by hand, independently of the code under test, so an attack token can carry any
 * header, any payload text and any signature. Nothing here is imported from src/.
 */
export type HmacAlgorithm = 'sha256' | 'sha384' | 'sha512';

export const HS256_HEADER = Object.freeze({ alg: 'HS256', typ: 'JWT' });

export function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

export function decodeBase64urlJson(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf-8'));
}

export function hmacSignature(signingInput: string, key: string, algorithm: HmacAlgorithm = 'sha256'): string {
  return createHmac(algorithm, key).update(signingInput).digest('base64url');
}

/** Signs exactly the segment texts given (a segment may be any text, JSON or not). */
export function signSegments(
  headerSegment: string,
  payloadSegment: string,
  secret: string,
  algorithm: HmacAlgorithm = 'sha256',
): string {
  const signingInput = `${headerSegment}.${payloadSegment}`;
  return `${signingInput}.${hmacSignature(signingInput, secret, algorithm)}`;
}

export interface ForgeOptions {
  header?: unknown;
  claims: unknown;
  secret: string;
  algorithm?: HmacAlgorithm;
}

export function forgeToken({ header = HS256_HEADER, claims, secret, algorithm = 'sha256' }: ForgeOptions): string {
  return signSegments(base64url(JSON.stringify(header)), base64url(JSON.stringify(claims)), secret, algorithm);
}

export function segmentsOf(token: string): [string, string, string] {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error(`test fixture: expected a three-segment token, got ${parts.length}`);
  return parts as [string, string, string];
}

/** Replaces one segment and keeps the others (the signature included) untouched. */
export function withSegment(token: string, index: 0 | 1 | 2, segment: string): string {
  const parts = segmentsOf(token);
  parts[index] = segment;
  return parts.join('.');
}

/** A real RS256 signature over the token's first two segments, with a throwaway RSA key. */
export function rs256Signature(signingInput: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return createSign('RSA-SHA256').update(signingInput).sign(privateKey).toString('base64url');
}
