// Logs the Node version the Action runs on: the deployed suite reads it from the command's --json report to prove
// the CLI ran on the test's Node (22 or 24 on a rerun), not on whatever `node` the machine has first on PATH.
exports.onExecutePostChallenge = async () => {
  console.log(`node ${process.version}`);
};
