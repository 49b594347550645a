// The code-server variant of a run: the VS Code server and chromium started, the workbench opened
// with the suite, the suite's progress followed until it ends (or something else does), then both
// process groups stopped and the summary printed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { closeChromium, devtoolsAddress, startChromium } from './chromium.mjs';
import { log } from './log.mjs';
import { fixtureWorkspace, lastRunDir, repoRoot, testsEntry, toolsDir } from './paths.mjs';
import { sleep, stopGroup } from './process-groups.mjs';
import { EventTail, countResults, printTestEvent, readReport } from './test-results.mjs';
import { startVsCodeServer } from './vscode-server.mjs';
import { exposeAutomationHooks, workbenchUrl } from './workbench-page.mjs';

function copyIfExists(from, to) {
  try {
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  } catch {
    // best effort
  }
}

/**
 * Runs the suite in the workbench; returns the exit status (0: every test passed).
 * `harness`: { opts, timeoutMs, extensionPath, fail(message), interruption() → signal name or undefined }.
 */
export async function runWorkbench(scratch, reportFile, harness) {
  const { opts, timeoutMs, extensionPath, fail } = harness;
  if (!fs.existsSync(testsEntry)) fail(`${path.relative(repoRoot, testsEntry)} is missing; run npm run build`);
  if (!fs.existsSync(path.join(extensionPath, 'package.json'))) fail(`no package.json in ${extensionPath}`);
  const { chromium } = createRequire(path.join(toolsDir, 'package.json'))('playwright-core');

  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(0, deadline - Date.now());
  const dirs = {};
  for (const name of ['server-data', 'user-data', 'extensions', 'browser-profile']) {
    dirs[name] = path.join(scratch, name);
    fs.mkdirSync(dirs[name], { recursive: true });
  }
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });

  const serverLog = fs.createWriteStream(path.join(lastRunDir, 'server.log'));
  const browserLog = fs.createWriteStream(path.join(lastRunDir, 'chromium.log'));
  const workbenchLog = fs.createWriteStream(path.join(lastRunDir, 'workbench.log'));

  let server;
  let browserProcess;
  let browser;
  const outcome = { exitCode: undefined, reason: undefined };
  const tail = new EventTail(`${reportFile}.events`);
  try {
    // -- VS Code server
    const env = { ...process.env, SWITCHYARD_E2E_REPORT: reportFile };
    delete env.SWITCHYARD_E2E_GREP;
    if (opts.grep) env.SWITCHYARD_E2E_GREP = opts.grep;
    server = await startVsCodeServer({ cwd: scratch, dirs, env, serverLog, verbose: opts.verbose });
    await server.listening(remaining);

    // -- chromium, attached over CDP
    browserProcess = startChromium({ cwd: scratch, profileDir: dirs['browser-profile'], browserLog });
    const devtoolsUrl = await devtoolsAddress(browserProcess, browserLog, Math.min(30_000, remaining()));
    browser = await chromium.connectOverCDP(devtoolsUrl, { timeout: Math.min(30_000, remaining()) });
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());

    const { exited } = await exposeAutomationHooks(page, { workbenchLog, verbose: opts.verbose });
    const url = workbenchUrl({ base: server.base, port: server.port, workspace, extensionPath, testsEntry });
    log(`e2e: workbench at ${server.base} (server pid ${server.process.pid}, chromium pid ${browserProcess.pid})`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1, remaining()) });

    // -- wait for the suite
    let browserGone = false;
    browser.on('disconnected', () => (browserGone = true));
    let reportSeenAt;
    for (;;) {
      tail.poll(printTestEvent);
      const code = await Promise.race([exited, sleep(200).then(() => undefined)]);
      if (code !== undefined) {
        outcome.exitCode = code;
        break;
      }
      if (fs.existsSync(reportFile)) {
        // The report is written just before the extension host exits; give the exit a moment.
        reportSeenAt ??= Date.now();
        if (Date.now() - reportSeenAt > 5000) break;
      }
      const interrupted = harness.interruption();
      if (interrupted) {
        outcome.reason = `interrupted (${interrupted})`;
        break;
      }
      if (server.gone()) {
        outcome.reason = 'the VS Code server exited before the tests finished';
        break;
      }
      if (browserGone) {
        outcome.reason = 'chromium went away before the tests finished';
        break;
      }
      if (remaining() === 0) {
        outcome.reason = `timed out after ${timeoutMs / 1000} s`;
        break;
      }
    }
    tail.poll(printTestEvent);
  } catch (err) {
    outcome.reason = err instanceof Error ? err.message : String(err);
  } finally {
    if (browser) await closeChromium(browser, browserProcess);
    await Promise.all([browserProcess, server?.process].filter(Boolean).map((child) => stopGroup(child.pid)));
    // Server-side logs: extension host, the "Switchyard" output channel, remote agent.
    copyIfExists(path.join(dirs['server-data'], 'data', 'logs'), path.join(lastRunDir, 'server-logs'));
    copyIfExists(path.join(dirs['user-data'], 'logs'), path.join(lastRunDir, 'user-data-logs'));
    await Promise.all([serverLog, browserLog, workbenchLog].map((s) => new Promise((r) => s.end(r))));
  }

  const report = readReport(reportFile);
  const counts = report ? { passed: report.passed, failed: report.failed } : countResults(tail.events.filter((e) => e.event === 'test'));
  log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  if (outcome.reason) log(`e2e: ${outcome.reason}`);
  else if (!report) log(`e2e: the suite wrote no report (extension host exit code ${outcome.exitCode}); see .e2e/last-run/`);
  else if (counts.passed + counts.failed === 0) log('e2e: no tests ran');
  const ok = !outcome.reason && report && counts.failed === 0 && counts.passed > 0 && (outcome.exitCode ?? 0) === 0;
  return ok ? 0 : 1;
}
