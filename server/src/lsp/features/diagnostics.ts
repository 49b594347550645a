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

/** How long other open documents of an edited configuration wait before they are checked again. */
const RELATED_DELAY_MS = 300;

/**
 * Publishes a document's findings after every change: syntax, includes (missing targets, cycles)
 * and the dialect's directive checks, run over the configuration the document belongs to so an
 * included file is checked in the context of its include sites. Other open documents of the same
 * configuration (a duplicate or a variable may live in another file) follow shortly after, once
 * typing pauses, so a keystroke only pays for the document being edited.
 */
export function registerDiagnostics(session: ServerSession): void {
  const publish = (uri: string, doc: ParsedDocument): WorkspaceGraph => {
    const workspace = session.workspaceFor(uri);
    const graph = workspace?.graph ?? loneGraph(doc);
    const checks = directiveFindings(doc.pack, {
      graph,
      roots: workspace?.roots ?? new Set(),
      reportFiles: new Set([doc.path]),
      textOf: (p) => session.source.readText(p),
      options: { extraModules: session.settings.nginxExtraModules },
      // Every keystroke asks again: only what the edit rebuilt is checked anew.
      incremental: true,
    });
    const findings = [...doc.model.syntaxFindings, ...graph.findings.filter((f) => f.file === doc.path), ...checks];
    void session.connection.sendDiagnostics({ uri, diagnostics: findings.map(toDiagnosticWithData) });
    return graph;
  };

  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshLater = (uris: readonly string[]): void => {
    for (const uri of uris) pending.add(uri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      for (const uri of [...pending]) {
        pending.delete(uri);
        const doc = session.document(uri);
        if (doc) publish(uri, doc);
      }
    }, RELATED_DELAY_MS);
    timer.unref?.();
  };

  session.changeListeners.push((uri) => {
    const doc = session.document(uri);
    if (!doc) return;
    pending.delete(uri);
    const graph = publish(uri, doc);
    const related = [...session.documents.entries()].filter(([other, d]) => other !== uri && d.pack === doc.pack && graph.files.has(d.path)).map(([other]) => other);
    if (related.length) refreshLater(related);
  });
}
