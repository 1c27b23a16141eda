#!/usr/bin/env node
// `auth0-actions-mock`: runs the command built into dist/. The bin is this committed file, not dist/cli.cjs itself:
// package managers link bins at install time, and in a fresh clone of the repository the install comes before the
// build, so a bin inside dist/ made every install warn "Failed to create bin".
require('../dist/cli.cjs');
