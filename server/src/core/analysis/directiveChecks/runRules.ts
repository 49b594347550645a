import type { CheckFinding, CheckRule } from './types';

/**
 * Runs every rule over one subject and returns their findings in file then position order. A file
 * included from several places is checked at each of them, so the same finding can be reported
 * more than once: with `dedupe`, only the first copy is kept.
 */
export function runRules<Subject>(rules: readonly CheckRule<Subject>[], subject: Subject, wanted?: (file: string) => boolean, dedupe = true): CheckFinding[] {
  const seen = new Set<string>();
  const findings: CheckFinding[] = [];
  const report = (finding: CheckFinding): void => {
    if (wanted && !wanted(finding.file)) return;
    if (!dedupe) {
      findings.push(finding);
      return;
    }
    const key = `${finding.file}\0${finding.span.startIndex}\0${finding.span.endIndex}\0${finding.code}\0${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  for (const rule of rules) rule.check(subject, report);
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.startIndex - b.span.startIndex));
}
