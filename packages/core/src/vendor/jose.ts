// Built on its own for the CommonJS entry, with jose bundled in: see tsup.config.ts.
export { SignJWT, jwtVerify } from 'jose';
