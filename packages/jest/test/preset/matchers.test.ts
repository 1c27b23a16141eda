import * as lib from '@auth0-actions-mock/jest';
import { runScenarios } from '../../../core/test/matchers/driver.js';

// Every matcher scenario, on the global `expect` the preset extended, with Jest's own snapshots.
runScenarios({ describe, test, expect, lib });
