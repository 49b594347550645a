import { DiagnosticSeverity, SymbolKind, type Diagnostic, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import type { Finding } from '../core/model/types';
import type { OutlineItem } from '../core/analysis/outline';
import type { OutlineCategory } from '../core/dialects/pack';
import type { Span } from '../core/text/span';
import { URI } from './uri';

export function toRange(span: Span): Range {
  return { start: { line: span.start.line, character: span.start.column }, end: { line: span.end.line, character: span.end.column } };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: toRange(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'switchyard',
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({ location: { uri: URI.fromPath(r.file), range: toRange(r.span) }, message: r.message })),
  };
}

export const SYMBOL_KIND: Record<OutlineCategory, SymbolKind> = {
  server: SymbolKind.Namespace,
  route: SymbolKind.Function,
  upstream: SymbolKind.Module,
  table: SymbolKind.Struct,
  snippet: SymbolKind.Class,
  matcher: SymbolKind.Interface,
  options: SymbolKind.Package,
  block: SymbolKind.Object,
};

export function toDocumentSymbol(item: OutlineItem): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: SYMBOL_KIND[item.category],
    range: toRange(item.span),
    selectionRange: toRange(item.selectionSpan),
    children: item.children.map(toDocumentSymbol),
  };
}
