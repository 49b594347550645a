import type { Position } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import type { ParsedDocument } from '../../core/document';
import type { Dialect } from '../../core/model/types';
import type { DialectAssist, EntryDocumentation } from '../../core/analysis/assist';
import { WorkspaceViewCache, type WorkspaceView } from '../../core/analysis/workspaceView';
import { nginxAssist } from '../../core/dialects/nginx/assist';

/** Dialects with editing assistance so far (Caddy plugs in here with its own `DialectAssist`). */
const assists: Partial<Record<Dialect, DialectAssist>> = { nginx: nginxAssist };

export interface AssistSite {
  readonly doc: ParsedDocument;
  readonly assist: DialectAssist;
  readonly view: WorkspaceView;
  /** The LSP position as a string index into the document. */
  readonly index: number;
}

/**
 * What completion, hover and signature help share: the document's workspace view, kept until
 * another document changes (counted through the session's change listeners) or a setting does.
 */
class AssistSupport {
  private changes = 0;
  private readonly changesPerUri = new Map<string, number>();
  private readonly caches = new Map<Dialect, WorkspaceViewCache>();

  constructor(private readonly session: ServerSession) {
    session.changeListeners.push((uri) => {
      this.changes++;
      const seen = this.changesPerUri.get(uri);
      this.changesPerUri.set(uri, (seen ?? 0) + 1);
      // A newly opened document: build its view and lists once the open has been handled, so
      // that the first completion or hover does not pay for them.
      if (seen === undefined) setImmediate(() => this.warm(uri));
    });
  }

  private cacheFor(doc: ParsedDocument, assist: DialectAssist): WorkspaceViewCache {
    let cache = this.caches.get(doc.pack.dialect);
    if (!cache) {
      const { session } = this;
      cache = new WorkspaceViewCache({
        pack: doc.pack,
        assist,
        load: session.loader(doc.pack),
        source: session.source,
        configuredRoot: () => (doc.pack.dialect === 'nginx' ? session.settings.nginxRootConfig : undefined),
        workspaceFolder: () => session.settings.workspaceFolder,
      });
      this.caches.set(doc.pack.dialect, cache);
    }
    return cache;
  }

  at(uri: string, position: Position): AssistSite | undefined {
    const doc = this.session.document(uri);
    const assist = doc ? assists[doc.pack.dialect] : undefined;
    if (!doc || !assist) return undefined;
    const others = this.changes - (this.changesPerUri.get(uri) ?? 0);
    const generation = `${others}\0${this.session.settings.nginxRootConfig ?? ''}\0${this.session.settings.workspaceFolder ?? ''}`;
    const cache = this.cacheFor(doc, assist);
    // Closed documents leave their views behind; drop them once they outnumber the open ones.
    if (cache.size > this.session.documents.size) cache.retainOnly(new Set([...this.session.documents.values()].map((d) => d.path)));
    const view = cache.view(doc.model, doc.text, generation);
    return { doc, assist, view, index: doc.lineIndex.indexAt({ line: position.line, column: position.character }) };
  }

  private warm(uri: string): void {
    const site = this.at(uri, { line: 0, character: 0 });
    if (site) site.assist.warm?.(site.view);
  }

  documentEntry(dialect: Dialect, key: string): EntryDocumentation | undefined {
    return assists[dialect]?.documentEntry(key);
  }
}

const supports = new WeakMap<ServerSession, AssistSupport>();

/** The session's shared assistance state (created on first use). */
export function assistSupport(session: ServerSession): AssistSupport {
  let support = supports.get(session);
  if (!support) supports.set(session, (support = new AssistSupport(session)));
  return support;
}
