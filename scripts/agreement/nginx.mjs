// Prints how far Switchyard agrees with the real `nginx -t` (issue 3 §4), the same comparison the
// test test/oracle/nginx-agreement.test.ts runs. Needs a build (`npx tsc -p .`), nginx and root
// (the sandbox uses `unshare -mn`).
//   node scripts/agreement/nginx.mjs [--seed N] [--no-corpus] [--limit N] [--json]
//     --limit N   list at most N misses / false positives (default: all)
//     --json      print the whole report as JSON
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const compiled = join(root, 'out', 'test', 'support', 'nginxAgreement.js');
if (!existsSync(compiled)) {
  console.error('not built: run `npx tsc -p .` first');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { DEFAULT_OPTIONS, runAgreement } = require(compiled);
const { formatReport } = require(join(root, 'out', 'test', 'support', 'agreementReport.js'));
const { nginxOracleUnavailable } = require(join(root, 'out', 'test', 'support', 'nginxOracle.js'));

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const unavailable = nginxOracleUnavailable();
if (unavailable) {
  console.error(`cannot run: ${unavailable}`);
  process.exit(2);
}
const options = {
  ...DEFAULT_OPTIONS,
  ...(value('--seed') ? { seed: Number(value('--seed')) } : {}),
  ...(args.includes('--no-corpus') ? { useCorpus: false } : {}),
};
const report = await runAgreement(options);
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, value('--limit') ? Number(value('--limit')) : Infinity));
