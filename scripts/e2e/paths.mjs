// Where the e2e harness finds the extension, its compiled suite and the tools setup.sh installs,
// and where it keeps the logs of the last run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsDir = path.join(repoRoot, '.e2e', 'tools');
export const lastRunDir = path.join(repoRoot, '.e2e', 'last-run');
export const serverMain = path.join(toolsDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
export const chromiumPath = process.env.SWITCHYARD_E2E_CHROMIUM || '/usr/bin/chromium';
export const testsEntry = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'workspace');

/** What is missing for the code-server harness, or undefined when it can run. */
export function missingTools() {
  const missing = [];
  if (!fs.existsSync(serverMain)) missing.push('code-server');
  if (!fs.existsSync(path.join(toolsDir, 'node_modules', 'playwright-core'))) missing.push('playwright-core');
  if (!fs.existsSync(chromiumPath)) missing.push(chromiumPath);
  return missing.length ? missing.join(', ') : undefined;
}
