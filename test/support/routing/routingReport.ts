/**
 * Prints the routing agreement figures, and keeps disagreements as self-contained repro folders:
 * the case's config and files (regenerated under the repro folder, so root/alias point there),
 * plus repro.md and repro.json with each request, nginx's answer and the explainer's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Disagreement, RoutingReport } from './routingAgreement';
import { requestBytes } from './rawHttp';
import { makeCaseIn, writeCase, type RoutingCase } from './routingCase';

export function agreementLine(report: RoutingReport): string {
  const pct = report.requests === 0 ? 0 : (100 * report.agreed) / report.requests;
  return `nginx routing agreement: ${report.cases} cases, ${report.requests} requests, agreed ${report.agreed} (${pct.toFixed(1)}%), disagreements ${report.disagreements.length}, undetermined ${report.undetermined}`;
}

export function formatRoutingReport(report: RoutingReport, listLimit: number, verbose = false): string {
  const lines = [agreementLine(report)];
  lines.push(`${report.seeds ? `seeds ${report.seeds.join(', ')}` : `seed ${report.seed}`}; configs nginx rejected (discarded): ${report.rejectedConfigs}; broken cases: ${report.brokenCases.length}; ${(report.elapsedMs / 1000).toFixed(1)} s`);
  const kinds = Object.entries(report.answerKinds).sort((a, b) => b[1] - a[1]);
  lines.push(`nginx answers compared: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  if (report.undetermined > 0) lines.push(`undetermined parts: ${Object.entries(report.undeterminedByPart).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  for (const r of report.rejectionSamples.slice(0, verbose ? 20 : 5)) lines.push(`  rejected: ${r}`);
  for (const b of report.brokenCases.slice(0, 10)) lines.push(`  broken: ${b}`);
  const groups = groupBySignature(report.disagreements);
  if (groups.length > 0) lines.push('disagreements by kind:');
  for (const [signature, list] of groups) lines.push(`  ${String(list.length).padStart(5)}  ${signature}`);
  for (const d of report.disagreements.slice(0, listLimit)) lines.push('', describeDisagreement(d, verbose));
  for (const d of report.undeterminedSamples.slice(0, listLimit)) lines.push('', describeDisagreement(d, verbose));
  if (report.disagreements.length > listLimit) lines.push('', `… ${report.disagreements.length - listLimit} more disagreements not listed`);
  return lines.join('\n');
}

export function groupBySignature(list: readonly Disagreement[]): [string, Disagreement[]][] {
  const groups = new Map<string, Disagreement[]>();
  for (const d of list) groups.set(d.signature, [...(groups.get(d.signature) ?? []), d]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

export function describeDisagreement(d: Disagreement, withSteps: boolean): string {
  const r = d.request;
  const lines = [
    `case ${d.caseIndex} (seed ${d.runSeed}) request ${d.requestIndex}: ${d.signature}`,
    `  ${r.method} ${r.target} ${r.version} → ${r.address.includes(':') ? `[${r.address}]` : r.address}:${r.port}, Host: ${r.host === null ? '(none)' : JSON.stringify(r.host)}${r.headers.filter(([n]) => n !== 'Connection').map(([n, v]) => `, ${n}: ${v}`).join('')}`,
    `  nginx:     ${JSON.stringify(d.nginx)}`,
    `  explainer: ${JSON.stringify(d.explainer)}`,
  ];
  if (withSteps) for (const s of d.steps) lines.push(`    ${s}`);
  return lines.join('\n');
}

/**
 * Writes one repro folder per case with disagreements under `outDir`: `case-<seed>-<index>/`
 * holding nginx.conf (paths pointing into that folder), the static files, repro.md and repro.json.
 */
export function writeRepro(outDir: string, routingCase: RoutingCase, found: readonly Disagreement[]): string {
  const dir = path.join(outDir, `case-${found[0].runSeed}-${routingCase.index}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const config = makeCaseIn(found[0].runSeed, routingCase.index, routingCase.requests.length, dir);
  writeCase(config);
  const md = [
    `# Routing disagreement: case ${routingCase.index} of seed ${found[0].runSeed}`,
    '',
    `Replay: \`node scripts/agreement/nginx-routing.mjs --seed ${found[0].runSeed} --case ${routingCase.index} --verbose\``,
    `Explain one: \`node dist/cli.js explain ${path.join(dir, 'nginx.conf')} --files fs --json ...\` (requests below).`,
    '',
    ...found.flatMap((d) => [
      `## request ${d.requestIndex}: ${d.signature}`,
      '',
      '```',
      requestBytes(d.request).toString('latin1').replace(/\r\n/g, '\\r\\n\n'),
      '```',
      `address ${d.request.address} port ${d.request.port}`,
      '',
      `- nginx: \`${JSON.stringify(d.nginx)}\``,
      `- explainer: \`${JSON.stringify(d.explainer)}\``,
      '',
      ...d.steps.map((s) => `    ${s}`),
      '',
    ]),
    '## nginx.conf',
    '',
    '```nginx',
    config.config.files[0].content,
    '```',
  ];
  fs.writeFileSync(path.join(dir, 'repro.md'), md.join('\n'));
  fs.writeFileSync(path.join(dir, 'repro.json'), JSON.stringify({ dir, disagreements: found }, null, 2));
  return dir;
}
