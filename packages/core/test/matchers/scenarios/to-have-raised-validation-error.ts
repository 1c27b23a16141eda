import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'pre-user-registration';

export const toHaveRaisedValidationError: Scenario[] = [
  {
    title: 'passes on the code and the message',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.validation.error('invalid_email_domain', 'Sign up with your work email.');
      return a;
    },
    assert: (a) => a.toHaveRaisedValidationError('invalid_email_domain', 'Sign up with your work email.'),
    outcome: 'pass',
  },
  {
    title: 'fails when the message differs',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.validation.error('invalid_email_domain', 'Sign up with your work email.');
      return a;
    },
    assert: (a) => a.toHaveRaisedValidationError('invalid_email_domain', /company email/),
    outcome: 'fail',
  },
  {
    title: 'fails when the Action denied instead, showing the deny',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.access.deny('invalid_email_domain', 'Sign up with your work email.');
      return a;
    },
    assert: (a) => a.toHaveRaisedValidationError('invalid_email_domain'),
    outcome: 'fail',
  },
  {
    title: 'does not count an error the runtime refused (a message over 100 characters)',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      try {
        a.validation.error('invalid_email_domain', 'x'.repeat(101));
      } catch {
        // refused by the runtime's schema
      }
      return a;
    },
    assert: (a) => a.toHaveRaisedValidationError(),
    outcome: 'fail',
  },
  {
    title: 'rejects a code that is not text',
    arrange: (tools) => apiOf(tools, TRIGGER),
    assert: (a) => (a.toHaveRaisedValidationError as (...args: unknown[]) => void)({ code: 'invalid_email_domain' }),
    outcome: 'misuse',
  },
];
