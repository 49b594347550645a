// Prints how far the nginx request explainer agrees with the real nginx (issue 4), the same
// comparison test/oracle/nginx-routing.test.ts runs, and keeps every case with a disagreement as a
// repro folder under --out (config, files, repro.md, repro.json) plus AUTO-SUMMARY.md grouping them.
// Needs a build (`npx tsc -p .`), nginx and root (the workers run in `unshare -mn`).
//   node scripts/agreement/nginx-routing.mjs [--seed N] [--cases N] [--requests N] [--workers N]
//        [--case I[,I…]] [--verbose] [--limit N] [--out DIR] [--json]
//     (no --seed/--cases/--case: the test's acceptance run, seeds 20261121 and 4242 × 1,000 cases)
//     --case I     replay only these case indexes of the seed (as named in a repro)
//     --verbose    list the explainer's steps under each disagreement, and more rejected configs
//     --limit N    list at most N disagreements (default 20; all with --verbose)
//     --out DIR    where repro folders go (default .work/routing-disagreements; "-" for none)
//     --minimize N shrink up to N disagreements (2 per kind) to regression fixture candidates in DIR/minimal/
//     --pin DIR    instead of a run: shrink the repro folders in DIR keeping nginx's recorded answer
//                  (for disagreements since fixed) into DIR/pinned/ [--per-kind N] [--minimize N]
//     --record F…  instead of a run: write the real nginx's answer into each fixture's `# nginx:` line
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const support = join(root, 'out', 'test', 'support', 'routing');
if (!existsSync(join(support, 'routingAgreement.js'))) {
  console.error('not built: run `npx tsc -p .` first');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { ACCEPTANCE_CASES_PER_SEED, ACCEPTANCE_SEEDS, combineReports, DEFAULT_ROUTING_OPTIONS, runRoutingAgreement } = require(join(support, 'routingAgreement.js'));
const { formatRoutingReport, groupBySignature, describeDisagreement, writeRepro } = require(join(support, 'routingReport.js'));
const { routingOracleUnavailable } = require(join(support, 'nginxRouting.js'));

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (name, fallback) => (value(name) !== undefined ? Number(value(name)) : fallback);
const unavailable = routingOracleUnavailable();
if (unavailable) {
  console.error(`cannot run: ${unavailable}`);
  process.exit(2);
}
const verbose = args.includes('--verbose');
const only = value('--case')?.split(',').map(Number);
const options = {
  ...DEFAULT_ROUTING_OPTIONS,
  seed: number('--seed', DEFAULT_ROUTING_OPTIONS.seed),
  cases: number('--cases', DEFAULT_ROUTING_OPTIONS.cases),
  requestsPerCase: number('--requests', DEFAULT_ROUTING_OPTIONS.requestsPerCase),
  workers: number('--workers', DEFAULT_ROUTING_OPTIONS.workers),
  ...(only ? { only } : {}),
};
const out = value('--out') ?? join(root, '.work', 'routing-disagreements');
if (value('--record')) {
  // Writes what the real nginx answers into the `# nginx:` line of hand-written fixtures.
  const { recordFixtures } = require(join(support, 'recordFixture.js'));
  for (const r of await recordFixtures(args.slice(args.indexOf('--record') + 1).filter((a) => !a.startsWith('--')))) console.log(`${r.file}: ${JSON.stringify(r.answer)}`);
  process.exit(0);
}
if (value('--pin')) {
  // Pins nginx's recorded answers of kept repro folders into small fixtures, whether or not the explainer still disagrees.
  const { minimizeRepros, readRepros } = require(join(support, 'minimizeRun.js'));
  const from = resolve(value('--pin'));
  const dirs = readdirSync(from).filter((d) => d.startsWith('case-')).map((d) => join(from, d));
  const written = await minimizeRepros(readRepros(dirs), 'nginx-answer', join(from, 'pinned'), number('--per-kind', 2), number('--minimize', 60));
  for (const w of written) console.log(`  ${String(w.lines).padStart(4)} lines  ${w.file}`);
  process.exit(0);
}
const kept = [];
const sink = out === '-' ? undefined : (routingCase, found) => {
  mkdirSync(out, { recursive: true });
  kept.push(writeRepro(resolve(out), routingCase, found));
};
// Without --seed/--cases/--case: the acceptance run of the test (two seeds × 1,000 cases), figures combined.
const acceptance = value('--seed') === undefined && value('--cases') === undefined && !only;
const report = acceptance
  ? combineReports(await (async () => {
    const reports = [];
    for (const seed of ACCEPTANCE_SEEDS) reports.push(await runRoutingAgreement({ ...options, seed, cases: ACCEPTANCE_CASES_PER_SEED }, sink));
    return reports;
  })())
  : await runRoutingAgreement(options, sink);
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(formatRoutingReport(report, number('--limit', verbose ? Infinity : 20), verbose));
const keptCases = [...report.disagreements, ...report.undeterminedSamples];
if (out !== '-' && keptCases.length > 0) {
  const summary = [
    `# Routing disagreements (generated by scripts/agreement/nginx-routing.mjs, seed ${options.seed})`,
    '',
    formatRoutingReport(report, 0).split('\n').map((l) => `    ${l}`).join('\n'),
    '',
    ...groupBySignature(keptCases).flatMap(([signature, list]) => [
      `## ${list.length} × ${signature}`,
      '',
      ...list.slice(0, 5).map((d) => '```\n' + describeDisagreement(d, true) + `\nrepro: case-${d.runSeed}-${d.caseIndex}/repro.md\n` + '```'),
      '',
    ]),
  ];
  writeFileSync(join(out, 'AUTO-SUMMARY.md'), summary.join('\n'));
  console.log(`\n${kept.length} repro folders and AUTO-SUMMARY.md in ${out}`);
}
const minimizeLimit = number('--minimize', 0);
if (minimizeLimit > 0 && kept.length > 0) {
  const { minimizeRepros, readRepros } = require(join(support, 'minimizeRun.js'));
  const written = await minimizeRepros(readRepros(kept), 'disagreement', join(resolve(out), 'minimal'), 2, minimizeLimit);
  console.log(`\nminimized ${written.length} disagreements:`);
  for (const w of written) console.log(`  ${String(w.lines).padStart(4)} lines  ${w.file}`);
}
process.exitCode = report.disagreements.length > 0 || report.undetermined > 0 || report.brokenCases.length > 0 ? 1 : 0;
