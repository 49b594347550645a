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
import { RememberedDisk, WorkspaceCache } from './workspaceCache';

function isRangeChange(change: TextDocumentContentChangeEvent): change is { range: Range; text: string } {
  return 'range' in change && change.range !== undefined;
}

/**
 * What the server knows between requests: the parsers, the open documents (their text wins over
 * the disk) and parsed files read from disk. Feature modules read it; only document sync writes it.
 */
export class ServerSession {
  readonly documents = new Map<string, ParsedDocument>();
  /** The open documents by file path (the workspace code asks by path, many times per change). */
  private readonly documentsByPath = new Map<string, ParsedDocument>();
  private readonly diskCache = new Map<string, ConfigFile>();
  /** File-system answers, forgotten at every document or file event (see RememberedDisk). */
  private readonly disk = new RememberedDisk(fileSystemSource);
  private readonly workspaces = new WorkspaceCache();
  /** Changes whenever a document opens or closes: open documents override the disk. */
  private openGeneration = 0;
  /** Called after a document was opened or changed (e.g. to publish diagnostics). */
  readonly changeListeners: ((uri: string) => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly parsers: ParserSet,
  ) {}

  /** Open editors win over the disk: an included file being edited is read from its buffer. */
  readonly source: ConfigSource = {
    readText: (p) => this.documentsByPath.get(p)?.text ?? this.disk.readText(p),
    listFolder: (p) => this.disk.listFolder(p),
    isFile: (p) => this.documentsByPath.has(p) || this.disk.isFile(p),
  };

  document(uri: string): ParsedDocument | undefined {
    return this.documents.get(uri);
  }

  /** Loads a file of the pack's dialect: from its open document, else from disk (cached). */
  loader(pack: DialectPack): ConfigLoader {
    const fromDisk = configLoader(this.parsers, pack, this.source, this.diskCache);
    return (p: string) => this.documentsByPath.get(p)?.model ?? fromDisk(p);
  }

  /** Settings the client sends (`switchyard.*`), e.g. the nginx main configuration's path. */
  settings: { nginxRootConfig?: string; nginxExtraModules?: readonly string[]; workspaceFolder?: string } = {};

  /**
   * The include graph a document belongs to and its main configuration(s), so that an included
   * file is analysed in the context it is included in. Kept between calls while its inputs hold
   * (see WorkspaceCache): typing in a document does not rebuild it unless an include changed.
   */
  workspaceFor(uri: string): FileWorkspace | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !doc.path.startsWith('/')) return undefined;
    const configured = doc.pack.dialect === 'nginx' ? this.settings.nginxRootConfig : undefined;
    const folder = this.settings.workspaceFolder;
    const key = [doc.pack.dialect, configured ?? '', folder ?? '', this.openGeneration].join('\0');
    const load = this.loader(doc.pack);
    const open = (p: string): ConfigFile | undefined => this.documentsByPath.get(p)?.model;
    return this.workspaces.get(doc.path, key, this.source, open, (source) => workspaceOf(doc.path, doc.pack, load, source, configured, folder));
  }

  /** Reads the `switchyard` section the client synchronises. */
  updateSettings(all: unknown): void {
    const section = (all as { switchyard?: { nginx?: { rootConfig?: unknown; extraModules?: unknown } } } | undefined)?.switchyard;
    const modules = section?.nginx?.extraModules;
    this.settings.nginxExtraModules = Array.isArray(modules) ? modules.filter((m): m is string => typeof m === 'string') : undefined;
    const root = section?.nginx?.rootConfig;
    if (typeof root === 'string' && root.trim()) {
      const folder = this.settings.workspaceFolder;
      this.settings.nginxRootConfig = root.startsWith('/') || !folder ? root : `${folder}/${root}`;
    } else this.settings.nginxRootConfig = undefined;
  }

  packFor(languageId: string, uri: string): DialectPack {
    return packForLanguageId(languageId) ?? packs[dialectForPath(URI.toPath(uri)) ?? 'nginx'];
  }

  /** Wires didOpen/didChange/didClose, and file events when the client sends them. */
  syncDocuments(): void {
    const { connection } = this;
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const pack = this.packFor(textDocument.languageId, textDocument.uri);
      const filePath = URI.toPath(textDocument.uri);
      this.diskCache.delete(filePath);
      this.disk.forget();
      this.openGeneration++;
      const doc = new ParsedDocument(filePath, pack, this.parsers.forDialect(pack.dialect), textDocument.text);
      this.documents.get(textDocument.uri)?.dispose();
      this.documents.set(textDocument.uri, doc);
      this.documentsByPath.set(filePath, doc);
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
      // Without file events from the client, every document event is when the disk is looked at
      // again (once per question, however many includes ask it).
      this.disk.forget();
      for (const listener of this.changeListeners) listener(textDocument.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      const doc = this.documents.get(textDocument.uri);
      doc?.dispose();
      this.documents.delete(textDocument.uri);
      if (doc && this.documentsByPath.get(doc.path) === doc) this.documentsByPath.delete(doc.path);
      this.disk.forget();
      this.openGeneration++;
      this.workspaces.forget(URI.toPath(textDocument.uri));
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const { uri } of changes) this.diskCache.delete(URI.toPath(uri));
      this.disk.forget();
      this.workspaces.forget();
    });
  }
}
