// The set-up for any runner with the standalone expect package, in ESM.
import { afterEach, test } from 'node:test';
import { expect } from 'expect';
import { matchers } from '@auth0-actions-mock/core/matchers';
import * as library from '@auth0-actions-mock/core';
import * as action from './action.cjs';
import { libraryClock, registerScenarios } from './scenarios.cjs';

expect.extend(matchers);
registerScenarios({ test, afterEach, expect, library, action, clock: libraryClock(library.installClock) });
