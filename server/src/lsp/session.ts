import type { Connection, TextDocumentContentChangeEvent, Range } from 'vscode-languageserver/node';
import { ParsedDocument, type TextChange } from '../core/document';
import { packForLanguageId, packs, dialectForPath } from '../core/dialects/registry';
import type { DialectPack } from '../core/dialects/pack';
import type { ParserSet } from '../core/parse/parserHost';
import type { ConfigFile } from '../core/model/types';
import type { ConfigSource } from '../core/workspace/configSource';
import { configLoader } from '../core/workspace/loadConfigs';
import type { ConfigLoader } from '../core/workspace/includeGraph';
import { workspaceOf, type FileWorkspace } from '../core/workspace/rootDiscovery';
import { fileSystemSource } from '../node/fileSource';
import { URI } from './uri';

function isRangeChange(change: TextDocumentContentChangeEvent): change is { range: Range; text: string } {
  return 'range' in change && change.range !== undefined;
}

/**
 * What the server knows between requests: the parsers, the open documents (their text wins over
 * the disk) and parsed files read from disk. Feature modules read it; only document sync writes it.
 */
export class ServerSession {
  readonly documents = new Map<string, ParsedDocument>();
  private readonly diskCache = new Map<string, ConfigFile>();
  /** Called after a document was opened or changed (e.g. to publish diagnostics). */
  readonly changeListeners: ((uri: string) => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly parsers: ParserSet,
  ) {}

  /** Open editors win over the disk: an included file being edited is read from its buffer. */
  readonly source: ConfigSource = {
    readText: (p) => this.documents.get(URI.fromPath(p))?.text ?? fileSystemSource.readText(p),
    listFolder: (p) => fileSystemSource.listFolder(p),
    isFile: (p) => this.documents.has(URI.fromPath(p)) || fileSystemSource.isFile(p),
  };

  document(uri: string): ParsedDocument | undefined {
    return this.documents.get(uri);
  }

  /** Loads a file of the pack's dialect: from its open document, else from disk (cached). */
  loader(pack: DialectPack): ConfigLoader {
    const fromDisk = configLoader(this.parsers, pack, this.source, this.diskCache);
    return (p: string) => this.documents.get(URI.fromPath(p))?.model ?? fromDisk(p);
  }

  /** Settings the client sends (`switchyard.*`), e.g. the nginx main configuration's path. */
  settings: { nginxRootConfig?: string; workspaceFolder?: string } = {};

  /**
   * The include graph a document belongs to and its main configuration(s), so that an included
   * file is analysed in the context it is included in.
   */
  workspaceFor(uri: string): FileWorkspace | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !doc.path.startsWith('/')) return undefined;
    const configured = doc.pack.dialect === 'nginx' ? this.settings.nginxRootConfig : undefined;
    return workspaceOf(doc.path, doc.pack, this.loader(doc.pack), this.source, configured, this.settings.workspaceFolder);
  }

  /** Reads the `switchyard` section the client synchronises. */
  updateSettings(all: unknown): void {
    const section = (all as { switchyard?: { nginx?: { rootConfig?: unknown } } } | undefined)?.switchyard;
    const root = section?.nginx?.rootConfig;
    if (typeof root === 'string' && root.trim()) {
      const folder = this.settings.workspaceFolder;
      this.settings.nginxRootConfig = root.startsWith('/') || !folder ? root : `${folder}/${root}`;
    } else this.settings.nginxRootConfig = undefined;
  }

  packFor(languageId: string, uri: string): DialectPack {
    return packForLanguageId(languageId) ?? packs[dialectForPath(URI.toPath(uri)) ?? 'nginx'];
  }

  /** Wires didOpen/didChange/didClose. */
  syncDocuments(): void {
    const { connection } = this;
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const pack = this.packFor(textDocument.languageId, textDocument.uri);
      const filePath = URI.toPath(textDocument.uri);
      this.diskCache.delete(filePath);
      this.documents.set(textDocument.uri, new ParsedDocument(filePath, pack, this.parsers.forDialect(pack.dialect), textDocument.text));
      for (const listener of this.changeListeners) listener(textDocument.uri);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const doc = this.documents.get(textDocument.uri);
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
      this.diskCache.delete(doc.path);
      for (const listener of this.changeListeners) listener(textDocument.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.documents.get(textDocument.uri)?.dispose();
      this.documents.delete(textDocument.uri);
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
  }
}
