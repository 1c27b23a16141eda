#!/usr/bin/env node
// `npx auth0-actions-mock` runs the command of @auth0-actions-mock/core. A project installs this adapter, not core,
// and pnpm links the bins of a project's own dependencies only: without this file the command would be missing
// there, and npx would look for a package of that name in the registry instead.
const { dirname, join } = require('node:path');

const manifest = require.resolve('@auth0-actions-mock/core/package.json');
require(join(dirname(manifest), require(manifest).bin['auth0-actions-mock']));
