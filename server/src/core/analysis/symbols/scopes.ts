import type { ConfigFile, Directive, Statement } from '../../model/types';
import { walkStatements } from '../../model/walk';
import type { IncludeEdge, WorkspaceGraph } from '../../workspace/includeGraph';
import type { NavigationRules, SymbolKind, SymbolScope } from './types';

/** Stands for "visible everywhere" among the anchors of a scope. */
export const GLOBAL_ANCHOR: object = Object.freeze({ global: true });

const includeAncestors = new WeakMap<ConfigFile, Map<Directive, readonly Statement[]>>();

/** The statements around each include/import directive of a file (computed once per parsed file). */
function ancestorsOfIncludes(file: ConfigFile): Map<Directive, readonly Statement[]> {
  let map = includeAncestors.get(file);
  if (!map) {
    const built = new Map<Directive, readonly Statement[]>();
    walkStatements(file.statements, (s, ancestors) => {
      if (s.kind === 'directive' && (s.name === 'include' || s.name === 'import')) built.set(s, [...ancestors]);
    });
    includeAncestors.set(file, built);
    map = built;
  }
  return map;
}

/**
 * Turns scopes into anchors: the blocks a name is visible in. A scope written at a file's top level
 * or in a Caddy snippet takes the anchors of the places that include it, recursively; when nothing
 * includes it, the file (or snippet) itself is the anchor, so names still meet within it.
 */
export class ScopeResolver {
  private readonly snippetImports = new Map<string, IncludeEdge[]>();

  constructor(
    private readonly graph: WorkspaceGraph,
    private readonly rules: NavigationRules,
  ) {
    for (const edge of graph.edges) {
      if (!edge.snippet) continue;
      const list = this.snippetImports.get(edge.snippet) ?? [];
      list.push(edge);
      this.snippetImports.set(edge.snippet, list);
    }
  }

  anchors(kind: SymbolKind, scope: SymbolScope, file: ConfigFile): ReadonlySet<object> {
    const found = new Set<object>();
    this.collect(kind, scope, file, found, new Set());
    return found;
  }

  private collect(kind: SymbolKind, scope: SymbolScope, file: ConfigFile, found: Set<object>, visiting: Set<object>): void {
    switch (scope.kind) {
      case 'global':
        found.add(GLOBAL_ANCHOR);
        return;
      case 'block':
        found.add(scope.block);
        return;
      case 'file':
        this.throughSites(kind, this.graph.includedBy.get(file.path) ?? [], file, found, visiting);
        return;
      case 'snippet':
        this.throughSites(kind, this.snippetImports.get(scope.snippet.name) ?? [], scope.snippet, found, visiting);
        return;
    }
  }

  private throughSites(kind: SymbolKind, sites: readonly IncludeEdge[], container: object, found: Set<object>, visiting: Set<object>): void {
    const fromSites = new Set<object>();
    if (!visiting.has(container)) {
      visiting.add(container);
      for (const edge of sites) {
        const includer = this.graph.files.get(edge.from);
        const ancestors = includer && ancestorsOfIncludes(includer).get(edge.directive);
        if (includer && ancestors) this.collect(kind, this.rules.scopeAt(kind, ancestors), includer, fromSites, visiting);
      }
      visiting.delete(container);
    }
    if (fromSites.size === 0) found.add(container);
    for (const anchor of fromSites) found.add(anchor);
  }
}
