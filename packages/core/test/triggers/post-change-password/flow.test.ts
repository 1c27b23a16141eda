import { describeNonBlockingFlow } from '../non-blocking-flow.js';

describeNonBlockingFlow('post-change-password', 'onExecutePostChangePassword');
