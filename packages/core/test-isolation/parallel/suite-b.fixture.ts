import { isolationSuite } from './isolation-suite.js';

isolationSuite('b', 'a', Date.UTC(2031, 5, 15));
