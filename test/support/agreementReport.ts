/** The agreement run's figures as text: the one-line summary the issue asks for, then details. */
import { MUTATION_KINDS } from './mutations';
import type { AgreementReport, FindingSummary } from './nginxAgreement';

export function matchRate(report: AgreementReport): number {
  return report.rejected === 0 ? 0 : report.matched / report.rejected;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const where = (f: FindingSummary): string => `${f.file}:${f.line} ${f.severity === 'error' ? '' : `(${f.severity}) `}${f.code} ${f.message}`;

/** The figures line, then details; `limit` caps each list. */
export function formatReport(report: AgreementReport, limit = Infinity): string {
  const out: string[] = [];
  out.push(
    `nginx agreement: ${report.mutations} mutations, nginx rejected ${report.rejected}, Switchyard matched ${report.matched} (${pct(matchRate(report))}), ` +
      `misses: ${report.misses.length}; false positives on accepted configs: ${report.falsePositives.length}`,
  );
  out.push(
    `  nginx ${report.nginxVersion}, seed ${report.seed}, ${report.engine} parsers, ${(report.durationMs / 1000).toFixed(1)} s; bases: ${report.fixtures} fixtures + ` +
      (report.corpusFound
        ? `${report.corpusAccepted} corpus files (${report.corpusCandidates} candidates, ${report.corpusLeftOut.length} rejected by nginx in this wrapper and left out)`
        : 'no corpus files (shared corpus not found or not used)'),
  );
  const onBases = report.falsePositives.filter((f) => !f.mutation).length;
  out.push(`  harmless mutations (nginx accepted them; not counted as mutations): ${report.harmless}; false positives: ${onBases} on fixtures/corpus files, ${report.falsePositives.length - onBases} on harmless mutations`);
  if (report.notRun) out.push(`  time budget ran out: ${report.notRun} cases not run`);
  if (report.broken.length) out.push(`  nginx broken (timeout / no verdict): ${report.broken.length}`);
  out.push('  by kind (rejected by nginx / matched by Switchyard, of mutations run):');
  for (const kind of MUTATION_KINDS) {
    const k = report.byKind[kind];
    out.push(`    ${kind.padEnd(34)} ${String(k.matched).padStart(4)}/${String(k.rejected).padEnd(4)} of ${k.total}`);
  }
  if (report.misses.length) {
    // nginx's messages with the names taken out: which checks the misses call for.
    const groups = new Map<string, number>();
    for (const m of report.misses) {
      const shape = m.nginx.text.replace(/"[^"]*"/g, '"…"').replace(/ for \S+$/, ' for …');
      groups.set(shape, (groups.get(shape) ?? 0) + 1);
    }
    out.push('  misses by nginx message:');
    for (const [shape, n] of [...groups].sort((x, y) => y[1] - x[1]).slice(0, 12)) out.push(`    ${String(n).padStart(4)}  ${shape}`);
  }
  const list = <T>(title: string, items: readonly T[], show: (item: T) => string[]): void => {
    if (!items.length) return;
    out.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, limit)) out.push(...show(item));
    if (items.length > limit) out.push(`  … ${items.length - limit} more`);
  };
  list('misses', report.misses, (m) => [
    `  - [${m.kind}] ${m.base}: ${m.label}`,
    `    nginx: ${m.nginx.text}${m.nginx.file ? ` in ${m.nginx.file}:${m.nginx.line}` : ' (no position)'}; counted lines ${m.file}:${m.lines.join(',')}`,
    `    Switchyard: ${m.switchyard.length ? m.switchyard.map(where).join(' | ') : 'nothing'}`,
  ]);
  list('false positives: Switchyard errors on configs nginx accepts', report.falsePositives, (f) => [
    `  - ${f.base}${f.mutation ? ` (harmless mutation: ${f.mutation})` : ''}`,
    ...f.errors.map((e) => `    ${where(e)}`),
  ]);
  list('nginx gave no verdict', report.broken, (b) => [`  - ${b.base}: ${b.label}: ${b.reason}`]);
  return out.join('\n');
}
