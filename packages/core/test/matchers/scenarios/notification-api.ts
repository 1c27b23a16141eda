import { simulationOf, type Tools } from './tools.js';

/** A custom-email-provider api, the trigger whose Action decides a delivery: for the notification matchers. */
export function providerApi({ lib }: Tools): any {
  const mockApi = lib.mockApi as (trigger: string) => any;
  return mockApi('custom-email-provider');
}

/** A simulation of three runs of the Action: two retries, then what `last` does. */
export function retriedThenSimulation(tools: Tools, last: (api: any) => void): object {
  const first = providerApi(tools);
  first.notification.retry('SendGrid returned 503');
  const second = providerApi(tools);
  second.notification.retry('SendGrid returned 429');
  const third = providerApi(tools);
  last(third);
  return simulationOf(first, second, third);
}
