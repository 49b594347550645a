#!/usr/bin/env node
// Editor end-to-end tests for Switchyard in a real VS Code workbench, headless and offline.
//
// How to run (from the repository root):
//
//   bash scripts/e2e/setup.sh        # once: code-server + playwright-core into .e2e/tools, chromium
//   node scripts/e2e/run.mjs         # npm run build, then the suite; prints `e2e: N passed, N failed`
//
// Options:
//   --no-build              skip `npm run build` (use the current out/ and dist/)
//   --grep <regexp>         only run tests whose full title matches
//   --timeout <seconds>     bound for everything after the build (default 180); the build has its
//                           own bound of 300 s
//   --extension-path <dir>  the extension under test (default: the repository root)
//   --verbose               also echo the VS Code server's output and the workbench log lines
//   --keep                  keep the temporary directories (their path is printed)
//   --electron              run the same suite with @vscode/test-electron instead
//                           (out/test/e2e/run-electron.js; needs to download VS Code)
//
// How it works:
//   1. `npm run build` compiles the client to dist/client.js, the language server to
//      dist/server.js and the mocha suite to out/test/e2e/suite/*.js.
//   2. The VS Code server inside code-server (.e2e/tools/node_modules/code-server/lib/vscode/out/
//      server-main.js) starts in its own process group on a free port in 20000-29999, bound to
//      127.0.0.1, without a connection token, with fresh data/extension directories in a temp dir.
//      test/e2e/workspace is copied into that temp dir so the tests can never edit the fixtures.
//   3. Debian's chromium starts headless in its own process group, with a fresh profile and a
//      DevTools port; playwright-core attaches over CDP and opens the workbench with the
//      `payload` query parameter naming extensionDevelopmentPath (the extension) and
//      extensionTestsPath (out/test/e2e/suite/index.js). The workbench then starts an extension
//      host on the server that loads the extension and runs the mocha suite in it.
//   4. Results come back two ways: the suite writes a JSON report (and a line per finished test)
//      to the path in SWITCHYARD_E2E_REPORT, which the server hands down to the extension host;
//      and the workbench calls window.codeAutomationExit(code, logs) when the extension host exits.
//      Per-test lines are printed as they arrive, then the summary line.
//   5. Whatever happens (failure, timeout, Ctrl-C), the chromium and server process groups are
//      killed by their process-group id, and the temp dirs are removed. Logs of the last run
//      (server output, chromium output, workbench and extension-host logs, the report) are kept in
//      .e2e/last-run/ for inspection.
//
// Exit status: 0 when every test passed, 1 on test failures, timeouts and harness errors. When the
// tools of step 2-3 are not installed it prints `e2e: skipped (...)` and exits 0, unless CI=true,
// where that is an error.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolsDir = path.join(repoRoot, '.e2e', 'tools');
const lastRunDir = path.join(repoRoot, '.e2e', 'last-run');
const serverMain = path.join(toolsDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const chromiumPath = process.env.SWITCHYARD_E2E_CHROMIUM || '/usr/bin/chromium';
const testsEntry = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'workspace');
const BUILD_TIMEOUT_MS = 300_000;
/** The temp dir of this run (workspace copy, server and browser profiles); see removeScratch. */
let scratchDir;

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '180' },
      'extension-path': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      electron: { type: 'boolean', default: false },
    },
    strict: true,
  }));
} catch (err) {
  process.stderr.write(`e2e: ${err.message}\n(see the options at the top of scripts/e2e/run.mjs)\n`);
  process.exit(2);
}
const timeoutMs = Number(opts.timeout) * 1000;
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`--timeout must be a positive number of seconds`);
const extensionPath = path.resolve(opts['extension-path'] ?? repoRoot);

function log(message) {
  process.stdout.write(`${message}\n`);
}
function removeScratch() {
  if (!scratchDir) return;
  if (opts.keep) log(`e2e: kept ${scratchDir}`);
  else fs.rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
}
/** Gives up: the 'exit' handler below kills every process group still running. */
function fail(message) {
  process.stderr.write(`e2e: ${message}\n`);
  removeScratch();
  process.exit(1);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- processes we start: always killed by process group ----------------------------------------

/** pgid → label, for every process group this script started and has not yet reaped. */
const groups = new Map();

function startGroup(label, command, args, options) {
  // detached: the child calls setsid(), so it leads a new process group whose id is its pid, and
  // everything it forks (extension host, language server, chromium's helpers) stays in that group.
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${label}`);
  groups.set(child.pid, label);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.once('error', (err) => log(`e2e: ${label}: ${err.message}`));
  return child;
}

/**
 * Whether any process of the group is still running. Zombies do not count: the helpers of a killed
 * chromium or VS Code server are re-parented to PID 1, which may reap them only a little later.
 */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return true; // no procfs: trust kill(0)
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/**
 * SIGTERM the group, give it a moment, then SIGKILL whatever is left. Nothing the groups write needs
 * an orderly shutdown (it all lives in the temp dir), so the grace period is short: the VS Code
 * server and chromium each take 1.5-2 s to exit on SIGTERM, which would double the run time.
 */
async function stopGroup(pgid) {
  const label = groups.get(pgid);
  if (label === undefined) return;
  const started = Date.now();
  signalGroup(pgid, 'SIGTERM');
  const deadline = started + 500;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  const forced = groupAlive(pgid);
  signalGroup(pgid, 'SIGKILL');
  groups.delete(pgid);
  if (opts.verbose) log(`e2e: stopped ${label} (pgid ${pgid}) in ${Date.now() - started} ms${forced ? ', after SIGKILL' : ''}`);
}

// Last line of defence: if the script exits any other way, nothing it started may survive it.
process.on('exit', () => {
  for (const pgid of groups.keys()) signalGroup(pgid, 'SIGKILL');
});

// ---- helpers ----------------------------------------------------------------------------------

function run(label, command, args, options, limitMs) {
  const child = startGroup(label, command, args, { stdio: 'inherit', ...options });
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), limitMs);
  });
  return Promise.race([child.exited, timedOut]).then(async (result) => {
    clearTimeout(timer);
    await stopGroup(child.pid);
    return result;
  });
}

async function build() {
  const started = Date.now();
  log('e2e: npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = await run('npm run build', npm, ['run', 'build'], { cwd: repoRoot }, BUILD_TIMEOUT_MS);
  if (result.timeout) fail(`npm run build did not finish within ${BUILD_TIMEOUT_MS / 1000} s`);
  if (result.code !== 0) fail(`npm run build failed (exit ${result.code ?? result.signal})`);
  log(`e2e: build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port found in 20000-29999');
}

/** Reads the per-test progress lines the suite appends to `<report>.events`. */
class EventTail {
  constructor(file) {
    this.file = file;
    this.offset = 0;
    this.pending = '';
    this.events = [];
  }
  poll(onEvent) {
    let chunk;
    try {
      const fd = fs.openSync(this.file, 'r');
      try {
        const size = fs.fstatSync(fd).size;
        if (size <= this.offset) return;
        const buffer = Buffer.alloc(size - this.offset);
        fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        this.offset = size;
        chunk = buffer.toString('utf8');
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return; // not written yet
    }
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        const event = JSON.parse(line);
        this.events.push(event);
        onEvent(event);
      } catch {
        // ignore a malformed line
      }
    }
  }
}

function printTestEvent(event) {
  if (event.event === 'begin') {
    log(`e2e: running ${event.total} test(s)`);
    return;
  }
  if (event.event !== 'test') return;
  const mark = event.state === 'passed' ? 'ok  ' : event.state === 'pending' ? 'skip' : 'FAIL';
  const duration = event.state === 'pending' ? '' : ` (${event.durationMs} ms)`;
  log(`  ${mark} ${event.title}${duration}`);
  if (event.state === 'failed' && event.error) {
    const lines = String(event.error).split('\n');
    // The message, then only the stack frames that point into the suite.
    const shown = [lines[0], ...lines.slice(1).filter((l) => /e2e[\\/]suite/.test(l)).slice(0, 3)];
    for (const line of shown) log(`         ${line.trim()}`);
  }
}

function countResults(tests) {
  return {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
  };
}

function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function copyIfExists(from, to) {
  try {
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  } catch {
    // best effort
  }
}

// ---- the electron variant ---------------------------------------------------------------------

async function runElectron(scratch, reportFile) {
  const runner = path.join(repoRoot, 'out', 'test', 'e2e', 'run-electron.js');
  if (!fs.existsSync(runner)) fail(`${path.relative(repoRoot, runner)} is missing; run npm run build`);
  const env = { ...process.env, SWITCHYARD_E2E_REPORT: reportFile };
  if (opts.grep) env.SWITCHYARD_E2E_GREP = opts.grep;
  const result = await run('@vscode/test-electron', process.execPath, [runner], { cwd: repoRoot, env }, timeoutMs);
  const report = readReport(reportFile);
  const counts = report ?? { passed: 0, failed: 0 };
  log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  if (result.timeout) log(`e2e: timed out after ${timeoutMs / 1000} s`);
  else if (!report) log(`e2e: no report was written (test-electron exited with ${result.code ?? result.signal})`);
  return !result.timeout && result.code === 0 && report && report.failed === 0 && report.passed > 0 ? 0 : 1;
}

// ---- the code-server variant ------------------------------------------------------------------

async function runWorkbench(scratch, reportFile) {
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
    const port = await freePort();
    const env = { ...process.env, SWITCHYARD_E2E_REPORT: reportFile };
    delete env.SWITCHYARD_E2E_GREP;
    if (opts.grep) env.SWITCHYARD_E2E_GREP = opts.grep;
    server = startGroup('VS Code server', process.execPath, [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-workspace-trust',
      '--telemetry-level', 'off',
      '--server-data-dir', dirs['server-data'],
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
    ], { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [server.stdout, server.stderr]) {
      stream.on('data', (data) => {
        serverLog.write(data);
        if (opts.verbose) process.stdout.write(`[server] ${data}`);
      });
    }
    const base = `http://127.0.0.1:${port}`;
    let serverGone = false;
    server.exited.then(() => (serverGone = true));
    for (;;) {
      if (serverGone) throw new Error('the VS Code server exited during start-up (see .e2e/last-run/server.log)');
      if (remaining() === 0) throw new Error('timed out waiting for the VS Code server to listen');
      try {
        const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }

    // -- chromium, attached over CDP
    browserProcess = startGroup('chromium', chromiumPath, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,900',
      `--user-data-dir=${dirs['browser-profile']}`,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      'about:blank',
    ], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    browserProcess.stdout.on('data', (data) => browserLog.write(data));
    const devtoolsUrl = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error('chromium did not print its DevTools address')), Math.min(30_000, remaining()));
      browserProcess.stderr.on('data', (data) => {
        browserLog.write(data);
        seen += data;
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      browserProcess.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`chromium exited during start-up (${code ?? signal}); see .e2e/last-run/chromium.log`));
      });
    });
    browser = await chromium.connectOverCDP(devtoolsUrl, { timeout: Math.min(30_000, remaining()) });
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());

    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = `[${type}] ${Array.isArray(args) ? args.map(String).join(' ') : String(args)}\n`;
      workbenchLog.write(line);
      if (opts.verbose) process.stdout.write(`[workbench] ${line}`);
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

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`e2e: workbench at ${base} (server pid ${server.pid}, chromium pid ${browserProcess.pid})`);
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
      if (interrupted) {
        outcome.reason = `interrupted (${interrupted})`;
        break;
      }
      if (serverGone) {
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
    if (browser) {
      // Ask chromium to quit by itself (it then reaps its own helper processes); the process-group
      // kill below remains the guarantee.
      const quit = async () => {
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close');
      };
      await Promise.race([quit().catch(() => {}), sleep(2000)]);
      if (browserProcess) await Promise.race([browserProcess.exited, sleep(2000)]);
      await browser.close().catch(() => {});
    }
    await Promise.all([browserProcess, server].filter(Boolean).map((child) => stopGroup(child.pid)));
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

// ---- main -------------------------------------------------------------------------------------

/** What is missing for the code-server harness, or undefined when it can run. */
function missingTools() {
  const missing = [];
  if (!fs.existsSync(serverMain)) missing.push('code-server');
  if (!fs.existsSync(path.join(toolsDir, 'node_modules', 'playwright-core'))) missing.push('playwright-core');
  if (!fs.existsSync(chromiumPath)) missing.push(chromiumPath);
  return missing.length ? missing.join(', ') : undefined;
}

async function main() {
  const started = Date.now();
  const missing = opts.electron ? undefined : missingTools();
  if (missing) {
    // scripts/run-tests.mjs counts this line as a skipped suite, except under CI=true.
    const why = `${missing} not installed; run \`bash scripts/e2e/setup.sh\``;
    if (process.env.CI === 'true') fail(why);
    log(`e2e: skipped (${why})`);
    return 0;
  }
  if (!opts['no-build']) await build();
  fs.rmSync(lastRunDir, { recursive: true, force: true });
  fs.mkdirSync(lastRunDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-e2e-'));
  scratchDir = scratch;
  const reportFile = path.join(lastRunDir, 'report.json');
  let code = 1;
  try {
    code = opts.electron ? await runElectron(scratch, reportFile) : await runWorkbench(scratch, reportFile);
  } finally {
    removeScratch();
  }
  log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${path.relative(process.cwd(), lastRunDir) || '.'}`);
  return code;
}

let interrupted;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    log(`e2e: ${signal}, stopping`);
    // Killing the process groups makes whatever main() is waiting for end promptly; main() then
    // cleans up as usual. Should it not, give up after a few seconds anyway.
    for (const pgid of groups.keys()) void stopGroup(pgid);
    setTimeout(() => {
      removeScratch();
      process.exit(130);
    }, 8000).unref();
  });
}

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  async (err) => {
    process.stderr.write(`e2e: ${err instanceof Error ? err.stack : String(err)}\n`);
    await Promise.all([...groups.keys()].map(stopGroup));
    removeScratch();
    process.exit(1);
  },
);
