// Mocha entry point for the editor end-to-end suite. VS Code loads this module inside the extension
// host (as `extensionTestsPath`) and awaits `run()`; the same file serves both harnesses:
//   - scripts/e2e/run.mjs: VS Code server from code-server + headless chromium (offline)
//   - test/e2e/run-electron.ts: @vscode/test-electron (downloads VS Code)
//
// Environment (all optional):
//   SWITCHYARD_E2E_REPORT  path of a JSON report written when the run ends; progress events are
//                          appended, one JSON object per line, to `<path>.events` while it runs
//   SWITCHYARD_E2E_GREP    only run tests whose full title matches this regular expression
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface E2eTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface E2eReport {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: E2eTestResult[];
}

const reportPath = process.env.SWITCHYARD_E2E_REPORT;
const eventsPath = reportPath ? `${reportPath}.events` : undefined;

function emit(event: Record<string, unknown>): void {
  if (!eventsPath) return;
  try {
    fs.appendFileSync(eventsPath, JSON.stringify(event) + '\n');
  } catch {
    // Progress events are a convenience; never let them break the run.
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * The spec reporter (for people watching a terminal) plus a collector that feeds the JSON report
 * and the progress events the code-server harness tails.
 */
class SwitchyardReporter extends Mocha.reporters.Spec {
  static results: E2eTestResult[] = [];

  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_BEGIN } =
      Mocha.Runner.constants;
    const record = (result: E2eTestResult): void => {
      SwitchyardReporter.results.push(result);
      emit({ event: 'test', ...result });
    };
    runner.on(EVENT_RUN_BEGIN, () => emit({ event: 'begin', total: runner.total }));
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) =>
      record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
    );
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) =>
      record({ title: test.fullTitle(), state: 'pending', durationMs: 0 }),
    );
    // Also fires for failing hooks, whose "test" is the hook itself.
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: unknown) =>
      record({
        title: test.fullTitle(),
        state: 'failed',
        durationMs: test.duration ?? 0,
        error: describeError(err),
      }),
    );
  }
}

function writeReport(report: E2eReport): void {
  if (!reportPath) return;
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  // Write then rename, so a reader never sees half a report.
  const partial = `${reportPath}.partial`;
  fs.writeFileSync(partial, JSON.stringify(report, null, 2));
  fs.renameSync(partial, reportPath);
}

export function run(): Promise<void> {
  const started = Date.now();
  SwitchyardReporter.results = [];
  const grep = process.env.SWITCHYARD_E2E_GREP;
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 30_000,
    reporter: SwitchyardReporter,
    ...(grep ? { grep: new RegExp(grep) } : {}),
  });

  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise<void>((resolve, reject) => {
    const finish = (failures: number, crash?: unknown): void => {
      const results = SwitchyardReporter.results;
      const report: E2eReport = {
        passed: results.filter((r) => r.state === 'passed').length,
        failed: results.filter((r) => r.state === 'failed').length,
        pending: results.filter((r) => r.state === 'pending').length,
        durationMs: Date.now() - started,
        tests: results,
      };
      if (crash !== undefined) {
        report.failed += 1;
        report.tests.push({ title: 'loading the e2e suite', state: 'failed', durationMs: 0, error: describeError(crash) });
      }
      try {
        writeReport(report);
      } catch (err) {
        console.error(`could not write the e2e report: ${describeError(err)}`);
      }
      emit({ event: 'end', passed: report.passed, failed: report.failed, pending: report.pending });
      if (crash !== undefined) reject(crash instanceof Error ? crash : new Error(String(crash)));
      else if (failures > 0 || report.failed > 0) reject(new Error(`${Math.max(failures, report.failed)} e2e test(s) failed`));
      else resolve();
    };
    try {
      mocha.run((failures) => finish(failures));
    } catch (err) {
      finish(1, err);
    }
  });
}
