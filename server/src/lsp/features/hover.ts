import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import { hoverAt } from '../../core/analysis/hover';
import { assistSupport } from './assistSupport';

/** Hover: directive and variable documentation, and what an upstream, named location or include refers to. */
export function registerHover(session: ServerSession): void {
  const support = assistSupport(session);
  session.connection.onHover(({ textDocument, position }): Hover | null => {
    const site = support.at(textDocument.uri, position);
    const hover = site ? hoverAt(site.view, site.index, site.assist) : undefined;
    if (!site || !hover) return null;
    const lines = site.doc.lineIndex;
    const start = lines.pointAt(hover.startIndex);
    const end = lines.pointAt(hover.endIndex);
    return {
      contents: { kind: MarkupKind.Markdown, value: hover.markdown },
      range: { start: { line: start.line, character: start.column }, end: { line: end.line, character: end.column } },
    };
  });
}
