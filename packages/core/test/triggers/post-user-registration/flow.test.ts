import { describeNonBlockingFlow } from '../non-blocking-flow.js';

describeNonBlockingFlow('post-user-registration', 'onExecutePostUserRegistration');
