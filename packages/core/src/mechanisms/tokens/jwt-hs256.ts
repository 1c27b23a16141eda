import { createHmac, timingSafeEqual } from 'node:crypto';
import { bufferFrom, freeze, isArray, parseJson, stringifyJson } from '../../util/intrinsics.js';

/**
 * Synchronous HS256 JWTs on node:crypto. The runtime's `encodeToken` and `validateToken` are synchronous, so they
 * cannot use jose (async); jose serves the async path (`signSessionToken`) and the interop tests prove both agree.
 */
export const JWT_HEADER = freeze({ alg: 'HS256', typ: 'JWT' });

function base64url(input: string | Buffer): string {
  return bufferFrom(input).toString('base64url');
}

function hmac(secret: string, signingInput: string): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest();
}

const ENCODED_HEADER = base64url(stringifyJson(JWT_HEADER));

export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${ENCODED_HEADER}.${base64url(stringifyJson(claims))}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

export type DecodeResult =
  { ok: true; header: Record<string, unknown>; claims: Record<string, unknown> } | { ok: false; reason: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return undefined;
  try {
    const parsed: unknown = parseJson(bufferFrom(segment, 'base64url').toString('utf-8'));
    return typeof parsed === 'object' && parsed !== null && !isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Splits and parses a compact JWS without trusting it: structure only, no signature check. */
export function decodeJwt(token: string): DecodeResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'Malformed token: expected three segments.' };
  const header = decodeSegment(parts[0] as string);
  if (!header) return { ok: false, reason: 'Malformed token: the header is not base64url-encoded JSON.' };
  const claims = decodeSegment(parts[1] as string);
  if (!claims) return { ok: false, reason: 'Malformed token: the payload is not base64url-encoded JSON.' };
  return { ok: true, header, claims };
}

/**
 * Checks the header and the HS256 signature of a token `decodeJwt` accepted. Only HS256 is accepted, so no
 * algorithm confusion is possible; the comparison is constant-time over equal-length buffers.
 */
export function signatureFailure(token: string, header: Record<string, unknown>, secret: string): string | undefined {
  if (header.alg !== 'HS256') return `Unsupported algorithm ${stringifyJson(header.alg ?? null)}; expected "HS256".`;
  if (header.typ !== undefined && header.typ !== 'JWT') return 'Unexpected token payload type';
  const lastDot = token.lastIndexOf('.');
  const signaturePart = token.slice(lastDot + 1);
  if (!BASE64URL.test(signaturePart)) return 'Failed signature validation';
  const expected = hmac(secret, token.slice(0, lastDot));
  const actual = bufferFrom(signaturePart, 'base64url');
  // Re-encoding rejects non-canonical base64url (stray trailing bits) that would decode to the same bytes.
  const canonical = actual.toString('base64url') === signaturePart;
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected) || !canonical) {
    return 'Failed signature validation';
  }
  return undefined;
}
