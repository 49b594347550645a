// Driving the workbench page: the automation hooks the smoke-test driver calls, and the URL whose
// `payload` makes the workbench load the extension and run the mocha suite in its extension host.
import fs from 'node:fs';
import path from 'node:path';

import { lastRunDir } from './paths.mjs';

/**
 * Exposes window.codeAutomationLog / codeAutomationExit to the page (before it loads) and records
 * the page's console. Returns { exited }: a promise of the exit code the workbench reports when the
 * extension host ends (wrapped, or awaiting this function would wait for the exit itself).
 */
export async function exposeAutomationHooks(page, { workbenchLog, verbose }) {
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = `[${type}] ${Array.isArray(args) ? args.map(String).join(' ') : String(args)}\n`;
    workbenchLog.write(line);
    if (verbose) process.stdout.write(`[workbench] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    // logs: the workbench's own log files, [{ relativePath, contents }]
    for (const entry of Array.isArray(logs) ? logs : []) {
      try {
        const target = path.join(lastRunDir, 'workbench-logs', String(entry.relativePath).replace(/^(\.\.[\\/])+/, ''));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, String(entry.contents));
      } catch {
        // best effort
      }
    }
    resolveExit(Number(code));
  });
  page.on('console', (message) => workbenchLog.write(`[console.${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => workbenchLog.write(`[pageerror] ${error.message}\n`));
  return { exited };
}

/**
 * The workbench URL that opens `workspace` and runs `testsEntry` against the extension in
 * `extensionPath` (the code-server CLI rejects --extensionDevelopmentPath; the payload is the way).
 */
export function workbenchUrl({ base, port, workspace, extensionPath, testsEntry }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsEntry)],
  ];
  return `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
