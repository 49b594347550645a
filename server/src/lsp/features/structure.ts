import type { SelectionRange } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import { buildOutline } from '../../core/analysis/outline';
import { foldingRanges } from '../../core/analysis/folding';
import { selectionChain } from '../../core/analysis/selection';
import { toDocumentSymbol, toRange } from '../convert';

/** Document symbols, folding ranges and selection ranges: the document's structure. */
export function registerStructure(session: ServerSession): void {
  const { connection } = session;
  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = session.document(textDocument.uri);
    return doc ? buildOutline(doc.model, doc.pack).map(toDocumentSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const doc = session.document(textDocument.uri);
    return doc ? foldingRanges(doc.model).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind })) : [];
  });

  connection.onSelectionRanges(({ textDocument, positions }) => {
    const doc = session.document(textDocument.uri);
    if (!doc) return [];
    const lines = doc.lineIndex;
    const fileSpan = lines.spanOf(0, doc.text.length);
    return positions.map((position): SelectionRange => {
      const index = lines.indexAt({ line: position.line, column: position.character });
      const chain = selectionChain(doc.model, index, fileSpan);
      let range: SelectionRange | undefined;
      for (let i = chain.length - 1; i >= 0; i--) range = { range: toRange(chain[i]), parent: range };
      return range ?? { range: toRange(fileSpan) };
    });
  });
}
