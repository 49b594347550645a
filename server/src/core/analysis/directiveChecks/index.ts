import type { ConfigFile } from '../../model/types';
import type { DialectPack } from '../../dialects/pack';
import type { CheckFinding, DirectiveCheckRequest, ProblemToFix, QuickFix } from './types';

export type { CheckFinding, DirectiveCheckOptions, DirectiveCheckRequest, DirectiveChecks, ProblemToFix, QuickFix, TextEdit } from './types';

/** The findings of a dialect's directive checks (none for a dialect that has no checks yet). */
export function directiveFindings(pack: DialectPack, request: DirectiveCheckRequest): CheckFinding[] {
  return pack.directiveChecks?.run(request) ?? [];
}

/** The quick fixes a dialect offers for one reported problem. */
export function quickFixesFor(pack: DialectPack, problem: ProblemToFix, file: ConfigFile, text: string): QuickFix[] {
  return pack.directiveChecks?.quickFixes(problem, file, text) ?? [];
}
