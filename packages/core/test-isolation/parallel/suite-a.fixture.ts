import { isolationSuite } from './isolation-suite.js';

isolationSuite('a', 'b', Date.UTC(2001, 0, 1));
