// Runs the editor end-to-end suite (test/e2e/suite) in a downloaded VS Code through
// @vscode/test-electron. This needs network access to download VS Code on first use; on offline
// machines use the code-server harness instead (scripts/e2e/run.mjs, which can also call this with
// --electron). Compiled by `npm run build` to out/test/e2e/run-electron.js.
//
//   npm run build && node out/test/e2e/run-electron.js
//
// The fixture workspace is copied to a temporary folder first so edits never land in the repo.
// SWITCHYARD_E2E_REPORT / SWITCHYARD_E2E_GREP are passed on to the extension host if set.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // out/test/e2e/run-electron.js → repository root
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');
  const fixtures = path.join(repoRoot, 'test', 'e2e', 'workspace');

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-e2e-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(fixtures, workspace, { recursive: true });

  const extensionTestsEnv: Record<string, string | undefined> = {};
  for (const name of ['SWITCHYARD_E2E_REPORT', 'SWITCHYARD_E2E_GREP']) {
    if (process.env[name]) extensionTestsEnv[name] = process.env[name];
  }

  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
    return 0;
  } catch (err) {
    console.error(`e2e (electron): ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
