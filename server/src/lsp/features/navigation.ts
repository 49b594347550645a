import { ErrorCodes, ResponseError, type DocumentLink, type Location, type Position, type SymbolInformation, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import type { ParsedDocument } from '../../core/document';
import type { DialectPack } from '../../core/dialects/pack';
import { packs } from '../../core/dialects/registry';
import { SymbolIndex } from '../../core/analysis/symbols/symbolIndex';
import { planRename, renameTarget } from '../../core/analysis/symbols/rename';
import { documentLinks, includeTargetsAt } from '../../core/analysis/symbols/links';
import { filesOfGraphs, graphFromOpenFiles } from '../../core/analysis/symbols/workspace';
import { workspaceSymbols } from '../../core/analysis/symbols/workspaceSymbols';
import type { SymbolOccurrence } from '../../core/analysis/symbols/types';
import { buildWorkspaceGraph, type WorkspaceGraph } from '../../core/workspace/includeGraph';
import { SYMBOL_KIND, toRange } from '../convert';
import { URI } from '../uri';

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function toLocation(o: SymbolOccurrence): Location {
  return { uri: URI.fromPath(o.file), range: toRange(o.span) };
}

/**
 * Definition, references, rename, document links and workspace symbols. Each request looks at the
 * include graph the document belongs to (the session's root discovery), so names resolve across files.
 */
export function registerNavigation(session: ServerSession): void {
  const { connection } = session;

  const openFiles = (pack: DialectPack): string[] => [...session.documents.values()].filter((d) => d.pack.dialect === pack.dialect).map((d) => d.path);

  /** The main config that includes the document; else an open file that does; else the document alone. */
  const graphFor = (uri: string, doc: ParsedDocument): WorkspaceGraph => {
    const workspace = session.workspaceFor(uri);
    if (workspace && workspace.roots.size > 0) return workspace.graph;
    const load = session.loader(doc.pack);
    return graphFromOpenFiles(doc.path, openFiles(doc.pack), doc.pack, load, session.source) ?? workspace?.graph ?? buildWorkspaceGraph([doc.path], doc.pack, load, session.source);
  };

  /** The document, its workspace index and the string index of an LSP position. */
  const locate = (uri: string, position: Position): { doc: ParsedDocument; index: SymbolIndex; offset: number } | undefined => {
    const doc = session.document(uri);
    if (!doc) return undefined;
    const offset = doc.lineIndex.indexAt({ line: position.line, column: position.character });
    return { doc, index: new SymbolIndex(graphFor(uri, doc), doc.pack), offset };
  };

  connection.onDefinition(({ textDocument, position }) => {
    const at = locate(textDocument.uri, position);
    if (!at) return null;
    const occurrence = at.index.at(at.doc.path, at.offset);
    const definitions = occurrence ? at.index.definitions(occurrence) : [];
    if (definitions.length > 0) return definitions.map(toLocation);
    // On an include's path (or a Caddy import naming files, not a snippet): the files it brings in.
    return includeTargetsAt(at.index.graph, at.doc.path, at.offset).map((file): Location => ({ uri: URI.fromPath(file), range: FILE_START }));
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const at = locate(textDocument.uri, position);
    const occurrence = at?.index.at(at.doc.path, at.offset);
    return at && occurrence ? at.index.references(occurrence, context.includeDeclaration).map(toLocation) : [];
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const at = locate(textDocument.uri, position);
    if (!at) return null;
    const target = renameTarget(at.index, at.doc.path, at.offset);
    if (target.kind === 'none') return null;
    if (target.kind === 'refused') return new ResponseError(ErrorCodes.InvalidRequest, target.reason);
    return { range: toRange(target.span), placeholder: target.placeholder };
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const at = locate(textDocument.uri, position);
    if (!at) return null;
    const plan = planRename(at.index, at.doc.path, at.offset, newName);
    if (plan.kind === 'none') return null;
    if (plan.kind === 'refused') return new ResponseError(ErrorCodes.InvalidRequest, plan.reason);
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of plan.edits) (changes[URI.fromPath(edit.file)] ??= []).push({ range: toRange(edit.span), newText: edit.newText });
    const workspaceEdit: WorkspaceEdit = { changes };
    return workspaceEdit;
  });

  connection.onDocumentLinks(({ textDocument }) => {
    const doc = session.document(textDocument.uri);
    if (!doc) return [];
    return documentLinks(graphFor(textDocument.uri, doc), doc.pack, doc.path, session.source).map((link): DocumentLink => ({ range: toRange(link.span), target: URI.fromPath(link.target) }));
  });

  connection.onWorkspaceSymbol(({ query }) => {
    const found: SymbolInformation[] = [];
    for (const pack of Object.values(packs)) {
      const graphs = [...session.documents].filter(([, doc]) => doc.pack.dialect === pack.dialect).map(([uri, doc]) => graphFor(uri, doc));
      if (graphs.length === 0) continue;
      for (const s of workspaceSymbols(filesOfGraphs(graphs), pack, query)) {
        found.push({ name: s.name, kind: SYMBOL_KIND[s.category], location: { uri: URI.fromPath(s.file), range: toRange(s.selectionSpan) }, containerName: s.container });
      }
    }
    return found;
  });
}
