import { SECRET, TRIGGER } from './flows.js';

/**
 * A test file for a runner started in a child process, so that the `.snap` file it writes can be read back: the
 * adapters' suites check that the file on disk holds `[secret]` and never the secret. `load` is the statement
 * that brings `simulate` and `recorded` from the adapter's build (a `require` or an `import`).
 */
export function writtenSnapshotFixture(load: string): string {
  return `${load}

test('a flow that signs a token with its secret, logs the secret and denies with it', async () => {
  const action = {
    name: 'careless',
    onExecutePostChallenge: async (event, api) => {
      const token = api.redirect.encodeToken({ secret: event.secrets.KEY, payload: {} });
      console.log('signed with ' + event.secrets.KEY);
      api.access.deny('denied: ' + token.slice(0, 8) + ' ' + event.secrets.KEY);
    },
  };
  const simulation = await simulate(action, { trigger: ${JSON.stringify(TRIGGER)}, secrets: { KEY: ${JSON.stringify(SECRET)} } });
  // The secret really is in what the Action did, so its absence from the file means the serializer hid it.
  expect(JSON.stringify(recorded(simulation).calls)).toContain(${JSON.stringify(SECRET)});
  expect(simulation.logs.join('\\n')).toContain(${JSON.stringify(SECRET)});
  expect(simulation).toMatchSnapshot();
  expect(simulation.api).toMatchSnapshot();
});
`;
}
