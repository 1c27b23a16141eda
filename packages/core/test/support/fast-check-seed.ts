import fc from 'fast-check';

/**
 * Property tests explore new random inputs on every local run, but CI runs one fixed seed, so a red CI run
 * can be replayed exactly. `FC_SEED` overrides either (fast-check prints the seed of any failure).
 */
const requested = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (requested !== undefined) fc.configureGlobal({ seed: Number(requested) });
