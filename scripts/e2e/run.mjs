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
// Where each step lives: paths.mjs (where things are), process-groups.mjs (every process we start
// and its stop by process-group id), vscode-server.mjs (2), chromium.mjs and workbench-page.mjs (3),
// test-results.mjs (4), workbench.mjs (steps 2-5 in order), electron.mjs (--electron); this file
// reads the options, builds, and owns the temp dir and the signal handling.
//
// Exit status: 0 when every test passed, 1 on test failures, timeouts and harness errors. When the
// tools of step 2-3 are not installed it prints `e2e: skipped (...)` and exits 0, unless CI=true,
// where that is an error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { runElectron } from './electron.mjs';
import { log } from './log.mjs';
import { lastRunDir, missingTools, repoRoot } from './paths.mjs';
import { logGroupStops, runBounded, runningGroups, stopGroup } from './process-groups.mjs';
import { runWorkbench } from './workbench.mjs';

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

if (opts.verbose) logGroupStops(log);

function removeScratch() {
  if (!scratchDir) return;
  if (opts.keep) log(`e2e: kept ${scratchDir}`);
  else fs.rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
}
/** Gives up: the 'exit' handler in process-groups.mjs kills every process group still running. */
function fail(message) {
  process.stderr.write(`e2e: ${message}\n`);
  removeScratch();
  process.exit(1);
}

async function build() {
  const started = Date.now();
  log('e2e: npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = await runBounded('npm run build', npm, ['run', 'build'], { cwd: repoRoot }, BUILD_TIMEOUT_MS);
  if (result.timeout) fail(`npm run build did not finish within ${BUILD_TIMEOUT_MS / 1000} s`);
  if (result.code !== 0) fail(`npm run build failed (exit ${result.code ?? result.signal})`);
  log(`e2e: build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---- main -------------------------------------------------------------------------------------

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
    const harness = { opts, timeoutMs, extensionPath, fail, interruption: () => interrupted };
    code = opts.electron ? await runElectron(scratch, reportFile, harness) : await runWorkbench(scratch, reportFile, harness);
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
    for (const pgid of runningGroups()) void stopGroup(pgid);
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
    await Promise.all(runningGroups().map(stopGroup));
    removeScratch();
    process.exit(1);
  },
);
