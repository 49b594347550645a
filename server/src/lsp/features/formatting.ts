import type { FormattingOptions, TextEdit } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import type { ParsedDocument } from '../../core/document';
import { formatText } from '../../core/format/formatter';
import { formatRange } from '../../core/format/rangeFormat';
import { minimalReplacement, type TextReplacement } from '../../core/format/edits';
import { editorIndent } from '../../core/format/rules';
import type { FormatRequest } from '../../core/format/formatter';

function requestFor(session: ServerSession, doc: ParsedDocument, options: FormattingOptions): FormatRequest {
  // The session's parsers are web-tree-sitter's: complete trees, as the formatter needs.
  return { text: doc.text, pack: doc.pack, parser: session.parsers.forDialect(doc.pack.dialect), indent: editorIndent(options.tabSize, options.insertSpaces) };
}

function toEdits(doc: ParsedDocument, replacement: TextReplacement | undefined): TextEdit[] {
  if (!replacement) return [];
  const lines = doc.lineIndex;
  const start = lines.pointAt(replacement.startIndex);
  const end = lines.pointAt(replacement.endIndex);
  return [{ range: { start: { line: start.line, character: start.column }, end: { line: end.line, character: end.column } }, newText: replacement.newText }];
}

/**
 * Document and range formatting. A refusal (syntax errors, or a result that would change a token)
 * leaves the document untouched and says why in the server log.
 */
export function registerFormatting(session: ServerSession): void {
  const { connection } = session;
  const refused = (uri: string, reason: string): TextEdit[] => {
    connection.console.warn(`Switchyard did not format ${uri}: ${reason}`);
    return [];
  };

  connection.onDocumentFormatting(({ textDocument, options }) => {
    const doc = session.document(textDocument.uri);
    if (!doc) return [];
    const outcome = formatText(requestFor(session, doc, options));
    if (outcome.kind === 'refused') return refused(textDocument.uri, outcome.reason);
    return toEdits(doc, minimalReplacement(doc.text, outcome.text));
  });

  connection.onDocumentRangeFormatting(({ textDocument, range, options }) => {
    const doc = session.document(textDocument.uri);
    if (!doc) return [];
    const lines = doc.lineIndex;
    const start = lines.indexAt({ line: range.start.line, column: range.start.character });
    const end = lines.indexAt({ line: range.end.line, column: range.end.character });
    const outcome = formatRange(requestFor(session, doc, options), start, end);
    if (outcome.kind === 'refused') return refused(textDocument.uri, outcome.reason);
    return toEdits(doc, outcome.replacement);
  });
}
