import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import { quickFixesFor, type ProblemToFix, type TextEdit as CoreTextEdit } from '../../core/analysis/directiveChecks';

function toTextEdit(edit: CoreTextEdit): TextEdit {
  return { range: { start: { line: edit.start.line, character: edit.start.column }, end: { line: edit.end.line, character: edit.end.column } }, newText: edit.newText };
}

/** The problem a diagnostic describes, when it is one of Switchyard's. */
function problemOf(diagnostic: Diagnostic): ProblemToFix | undefined {
  if (diagnostic.source !== 'switchyard' || typeof diagnostic.code !== 'string') return undefined;
  const data: unknown = diagnostic.data;
  const suggestion = typeof data === 'object' && data !== null && 'suggestion' in data && typeof data.suggestion === 'string' ? data.suggestion : undefined;
  const { start, end } = diagnostic.range;
  return { code: diagnostic.code, start: { line: start.line, column: start.character }, end: { line: end.line, column: end.character }, suggestion, message: diagnostic.message };
}

/** Quick fixes for the diagnostics in the request; the edits themselves come from the core. */
export function registerCodeActions(session: ServerSession): void {
  session.connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const doc = session.document(params.textDocument.uri);
    const only = params.context.only;
    if (!doc || (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`)))) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const problem = problemOf(diagnostic);
      if (!problem) continue;
      for (const fix of quickFixesFor(doc.pack, problem, doc.model, doc.text)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: { changes: { [params.textDocument.uri]: fix.edits.map(toTextEdit) } },
        });
      }
    }
    return actions;
  });
}
