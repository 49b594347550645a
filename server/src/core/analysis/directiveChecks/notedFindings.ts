import type { CheckFinding } from './types';

/**
 * A finding as a check keeps it between runs (checks memoise their results per statement): with
 * the rank of the rule that made it, so that findings at one position come in rule order, and,
 * when its message quotes a line number, as a function that writes it when it is reported (the
 * statement may have moved since).
 */
export interface NotedFinding {
  readonly rank: number;
  readonly file: string;
  readonly finding: CheckFinding | (() => CheckFinding);
}

/**
 * The findings to report, in file then position order (then rule order, then reading order). A
 * file read more than once (included twice, or from two contexts) gives the same finding more
 * than once: with `dedupe`, only the first copy is kept.
 */
export function reportedFindings(noted: readonly NotedFinding[], wanted: ((file: string) => boolean) | undefined, dedupe: boolean): CheckFinding[] {
  const ranked: { finding: CheckFinding; rank: number; start: number }[] = [];
  for (const n of noted) {
    if (wanted && !wanted(n.file)) continue;
    const finding = typeof n.finding === 'function' ? n.finding() : n.finding;
    ranked.push({ finding, rank: n.rank, start: finding.span.startIndex });
  }
  ranked.sort((a, b) => (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : a.start - b.start || a.rank - b.rank));
  if (!dedupe) return ranked.map((r) => r.finding);
  const seen = new Set<string>();
  const findings: CheckFinding[] = [];
  for (const { finding } of ranked) {
    const key = `${finding.file}\0${finding.span.startIndex}\0${finding.span.endIndex}\0${finding.code}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}
