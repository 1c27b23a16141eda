import { describe, expect, test } from 'vitest';
import * as lib from '@auth0-actions-mock/vitest';
import { runScenarios } from '../../core/test/matchers/driver.js';

// Every matcher scenario, on the `expect` the setup file extended, with Vitest's own snapshots.
runScenarios({ describe, test, expect, lib });
