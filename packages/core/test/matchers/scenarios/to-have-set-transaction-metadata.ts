import { apiOf, type Scenario } from './tools.js';

const TRIGGER = 'post-login';

export const toHaveSetTransactionMetadata: Scenario[] = [
  {
    title: 'passes on the key and the value',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.transaction.setMetadata('risk_score', 72);
      return a;
    },
    assert: (a) => a.toHaveSetTransactionMetadata('risk_score', 72),
    outcome: 'pass',
  },
  {
    title: 'fails when the value differs, listing every write numbered',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.transaction.setMetadata('risk_score', 72);
      a.transaction.setMetadata('step_up', true);
      return a;
    },
    assert: (a) => a.toHaveSetTransactionMetadata('risk_score', 40),
    outcome: 'fail',
  },
  {
    title: 'expects a removal with null',
    arrange: (tools) => {
      const a = apiOf(tools, TRIGGER);
      a.transaction.setMetadata('step_up', null);
      return a;
    },
    assert: (a) => a.toHaveSetTransactionMetadata('step_up', null),
    outcome: 'pass',
  },
];
