import {
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type Range,
  type SelectionRange,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { ParsedDocument, type TextChange } from '../core/document';
import { packForLanguageId, packs, dialectForPath } from '../core/dialects/registry';
import type { DialectPack } from '../core/dialects/pack';
import { loadWasmParsers, type ParserSet } from '../core/parse/parserHost';
import { buildOutline } from '../core/analysis/outline';
import { foldingRanges } from '../core/analysis/folding';
import { selectionChain } from '../core/analysis/selection';
import { buildWorkspaceGraph } from '../core/workspace/includeGraph';
import { configLoader } from '../core/workspace/loadConfigs';
import type { ConfigFile, Finding } from '../core/model/types';
import type { ConfigSource } from '../core/workspace/configSource';
import { fileSystemSource } from '../node/fileSource';
import { toDiagnostic, toDocumentSymbol, toRange } from './convert';
import { URI } from './uri';

function isRangeChange(change: TextDocumentContentChangeEvent): change is { range: Range; text: string } {
  return 'range' in change && change.range !== undefined;
}

/** Wires LSP requests to the analysis core; holds the open documents and nothing else. */
export function startServer(connection: Connection, parsersPromise: Promise<ParserSet> = loadWasmParsers()): void {
  const documents = new Map<string, ParsedDocument>();
  const diskCache = new Map<string, ConfigFile>();
  let parsers: ParserSet | undefined;

  // Open editors win over the disk: an included file being edited is read from its buffer.
  const editorSource: ConfigSource = {
    readText: (p) => documents.get(URI.fromPath(p))?.text ?? fileSystemSource.readText(p),
    listFolder: (p) => fileSystemSource.listFolder(p),
    isFile: (p) => documents.has(URI.fromPath(p)) || fileSystemSource.isFile(p),
  };

  const includeFindings = (doc: ParsedDocument): Finding[] => {
    if (!parsers || !doc.path.startsWith('/')) return [];
    const base = configLoader(parsers, doc.pack, editorSource, diskCache);
    const load = (p: string): ConfigFile | undefined => (p === doc.path ? doc.model : documents.get(URI.fromPath(p))?.model ?? base(p));
    const graph = buildWorkspaceGraph([doc.path], doc.pack, load, editorSource);
    return graph.findings.filter((f) => f.file === doc.path);
  };

  const publish = (uri: string): void => {
    const doc = documents.get(uri);
    if (!doc) return;
    const findings = [...doc.model.syntaxFindings, ...includeFindings(doc)];
    void connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) });
  };

  const packFor = (languageId: string, uri: string): DialectPack =>
    packForLanguageId(languageId) ?? packs[dialectForPath(URI.toPath(uri)) ?? 'nginx'];

  connection.onInitialize(async (): Promise<InitializeResult> => {
    parsers = await parsersPromise;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Switchyard' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
      },
      serverInfo: { name: 'switchyard', version: '0.1.0' },
    };
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    if (!parsers) return;
    const pack = packFor(textDocument.languageId, textDocument.uri);
    const path = URI.toPath(textDocument.uri);
    diskCache.delete(path);
    documents.set(textDocument.uri, new ParsedDocument(path, pack, parsers.forDialect(pack.dialect), textDocument.text));
    publish(textDocument.uri);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return;
    const ranged: TextChange[] = [];
    for (const change of contentChanges) {
      if (isRangeChange(change)) {
        ranged.push({
          start: { line: change.range.start.line, column: change.range.start.character },
          end: { line: change.range.end.line, column: change.range.end.character },
          text: change.text,
        });
      } else {
        if (ranged.length) doc.applyChanges(ranged.splice(0));
        doc.replaceText(change.text);
      }
    }
    if (ranged.length) doc.applyChanges(ranged);
    diskCache.delete(doc.path);
    publish(textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.get(textDocument.uri)?.dispose();
    documents.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? buildOutline(doc.model, doc.pack).map(toDocumentSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? foldingRanges(doc.model).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: r.kind })) : [];
  });

  connection.onSelectionRanges(({ textDocument, positions }) => {
    const doc = documents.get(textDocument.uri);
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

  connection.listen();
}
