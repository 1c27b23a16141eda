import { runScenarios } from './driver.js';
import { runner } from './vitest-runner.js';

runScenarios(runner, ['toHaveDroppedNotification']);
