// A throwaway auth0-deploy-cli export (or any tree of files) in a fresh temporary directory: its path.
const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');

function writeExport(files, prefix = 'jest-tenant-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

module.exports = { writeExport };
