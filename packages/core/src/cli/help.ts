import { TRIGGER_IDS } from '../triggers/registry.js';

/** `auth0-actions-mock --help`: every option with an example. */
export function helpText(): string {
  return `Usage: auth0-actions-mock run <action.js | tenant-export> --trigger <id> [options]

Runs an Action, or the flow a tenant export binds to a trigger, on a realistic event, as the Dashboard's "Test"
button does but without a tenant: prints the event, each api command in order, the logs, errors with their stack,
the final status (redirect URL, pending challenge or prompt) and the time each Action took.

Arguments:
  <action.js>              a CommonJS Action file, the one you deploy (compile TypeScript first)
                             auth0-actions-mock run ./actions/block-disposable.js --trigger pre-user-registration
  <tenant-export>          an auth0-deploy-cli export: its directory, or its tenant.yaml
                             auth0-actions-mock run ./tenant --trigger post-login

Options:
  --trigger <id>           the trigger to run (required); one of:
                             ${TRIGGER_IDS.join(', ')}
                             --trigger post-login
  --event <file | json>    overrides merged over the sample event (objects merge, arrays replace)
                             --event ./event.json      --event '{"user":{"email":"ann@mailinator.com"}}'
  --secret <NAME=value>    a secret of the Action(s), repeatable; values never print. NAME alone reads the
                           environment variable NAME (kept out of your shell history)
                             --secret API_KEY=abc123 --secret REGION=eu      --secret API_KEY
  --module <name=file>     what require('actions:<name>') loads, for an Action file (an export brings its own)
                             --module email-rules=./modules/email-rules.js
  --seed <n>               picks the sample user, tenant and request (default: the library's fixed seed)
                             --seed 7
  --now <time>             the instant the event is built at, ISO 8601 or ms since 1970 (default: now)
                             --now 2026-01-15T09:30:00Z
  --run-undeployed         for a tenant export: run bound Actions whose export says deployed: false as exported
                           (refused by default: the tenant's flow runs their deployed version)
                             auth0-actions-mock run ./tenant --trigger post-login --run-undeployed
  --json                   print one JSON document instead of the report for a person
                             --json | jq .status
  -h, --help               show this help

Exit status: 0 whatever the flow decided (completed, denied, redirected...); 1 when an Action failed (it threw,
timed out, or the runtime would refuse it); 2 for bad arguments (an unknown trigger included).
Colours: on when the output is a terminal that has them; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.
`;
}
