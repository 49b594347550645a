import type { ServerSession } from '../session';
import type { Finding } from '../../core/model/types';
import { buildWorkspaceGraph } from '../../core/workspace/includeGraph';
import { toDiagnostic } from '../convert';

/** Publishes syntax and include findings for a document after every change. */
export function registerDiagnostics(session: ServerSession): void {
  const includeFindings = (uri: string): Finding[] => {
    const doc = session.document(uri);
    if (!doc || !doc.path.startsWith('/')) return [];
    const graph = buildWorkspaceGraph([doc.path], doc.pack, session.loader(doc.pack), session.source);
    return graph.findings.filter((f) => f.file === doc.path);
  };
  session.changeListeners.push((uri) => {
    const doc = session.document(uri);
    if (!doc) return;
    const findings = [...doc.model.syntaxFindings, ...includeFindings(uri)];
    void session.connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnostic) });
  });
}
