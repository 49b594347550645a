import type { Diagnostic } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import type { Finding } from '../../core/model/types';
import { directiveFindings, type CheckFinding } from '../../core/analysis/directiveChecks';
import type { WorkspaceGraph } from '../../core/workspace/includeGraph';
import type { ParsedDocument } from '../../core/document';
import { toDiagnostic } from '../convert';

/** What a quick fix needs from a diagnostic beyond its code and range; editors send it back. */
export interface DiagnosticData {
  readonly suggestion?: string;
}

function toDiagnosticWithData(finding: Finding | CheckFinding): Diagnostic {
  const diagnostic = toDiagnostic(finding);
  const suggestion = 'suggestion' in finding ? finding.suggestion : undefined;
  if (suggestion !== undefined) diagnostic.data = { suggestion } satisfies DiagnosticData;
  return diagnostic;
}

/** An untitled buffer: a configuration of one file, read in the context its content suggests. */
function loneGraph(doc: ParsedDocument): WorkspaceGraph {
  return { files: new Map([[doc.path, doc.model]]), edges: [], findings: [], includedBy: new Map() };
}

/**
 * Publishes a document's findings after every change: syntax, includes (missing targets, cycles)
 * and the dialect's directive checks, run over the configuration the document belongs to so an
 * included file is checked in the context of its include sites.
 */
export function registerDiagnostics(session: ServerSession): void {
  const findingsOf = (uri: string, doc: ParsedDocument): Finding[] => {
    const workspace = session.workspaceFor(uri);
    const graph = workspace?.graph ?? loneGraph(doc);
    const checks = directiveFindings(doc.pack, {
      graph,
      roots: workspace?.roots ?? new Set(),
      reportFiles: new Set([doc.path]),
      textOf: (p) => session.source.readText(p),
      // `switchyard.nginx.extraModules` will go here once the client sends it.
      options: {},
    });
    return [...doc.model.syntaxFindings, ...graph.findings.filter((f) => f.file === doc.path), ...checks];
  };
  session.changeListeners.push((uri) => {
    const doc = session.document(uri);
    if (!doc) return;
    void session.connection.sendDiagnostics({ uri, diagnostics: findingsOf(uri, doc).map(toDiagnosticWithData) });
  });
}
