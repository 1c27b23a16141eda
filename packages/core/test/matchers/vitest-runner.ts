import { describe, expect, test } from 'vitest';
import * as lib from '../../src/index.js';
import { matchers } from '../../src/matchers.js';
import type { Runner } from './driver.js';

expect.extend(matchers);

/** Core's suites run the shared scenarios on the TypeScript sources, under Vitest. */
export const runner: Runner = { describe, test, expect, lib };
