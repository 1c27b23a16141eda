import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two test files meet halfway: each writes a marker, then waits for the other's. Both can only pass if they run
 * at the same time, in different workers. The directory comes from the wrapper test; run by hand, the forks share
 * their parent's pid, which names a directory for this run.
 */
const directory =
  process.env.ISOLATION_RENDEZVOUS_DIR ?? join(tmpdir(), `auth0-actions-mock-isolation-${process.ppid}`);
const realSetTimeout = globalThis.setTimeout;

export interface Marker {
  suite: string;
  pid: number;
  /** What this suite saw in its own module state when it wrote the marker. */
  saw: Record<string, unknown>;
}

export async function meet(own: Marker, other: string, phase: string, waitMs = 50_000): Promise<Marker> {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `${phase}-${own.suite}.json`), JSON.stringify(own));
  const theirs = join(directory, `${phase}-${other}.json`);
  const deadline = performance.now() + waitMs;
  while (!existsSync(theirs)) {
    if (performance.now() > deadline) {
      throw new Error(
        `suite ${own.suite} waited for suite ${other} at "${phase}", which never arrived: the two files did not run in parallel workers`,
      );
    }
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
  return JSON.parse(readFileSync(theirs, 'utf-8')) as Marker;
}
