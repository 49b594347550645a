// The @vscode/test-electron variant of a run (--electron): the same suite in a downloaded VS Code,
// for machines with internet access.
import fs from 'node:fs';
import path from 'node:path';

import { log } from './log.mjs';
import { repoRoot } from './paths.mjs';
import { runBounded } from './process-groups.mjs';
import { readReport } from './test-results.mjs';

/** Runs out/test/e2e/run-electron.js; returns the exit status. `harness` as for runWorkbench. */
export async function runElectron(scratch, reportFile, harness) {
  const { opts, timeoutMs, fail } = harness;
  const runner = path.join(repoRoot, 'out', 'test', 'e2e', 'run-electron.js');
  if (!fs.existsSync(runner)) fail(`${path.relative(repoRoot, runner)} is missing; run npm run build`);
  const env = { ...process.env, SWITCHYARD_E2E_REPORT: reportFile };
  if (opts.grep) env.SWITCHYARD_E2E_GREP = opts.grep;
  const result = await runBounded('@vscode/test-electron', process.execPath, [runner], { cwd: repoRoot, env }, timeoutMs);
  const report = readReport(reportFile);
  const counts = report ?? { passed: 0, failed: 0 };
  log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  if (result.timeout) log(`e2e: timed out after ${timeoutMs / 1000} s`);
  else if (!report) log(`e2e: no report was written (test-electron exited with ${result.code ?? result.signal})`);
  return !result.timeout && result.code === 0 && report && report.failed === 0 && report.passed > 0 ? 0 : 1;
}
