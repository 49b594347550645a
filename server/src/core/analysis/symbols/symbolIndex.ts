import type { DialectPack } from '../../dialects/pack';
import type { ConfigFile } from '../../model/types';
import type { WorkspaceGraph } from '../../workspace/includeGraph';
import { ScopeResolver } from './scopes';
import type { NavigationRules, SymbolKind, SymbolOccurrence } from './types';

const occurrenceCache = new WeakMap<ConfigFile, readonly SymbolOccurrence[]>();

/** A file's mentions placed in the file; parsed files are immutable, so this is computed once per parse. */
function occurrencesOf(file: ConfigFile, rules: NavigationRules): readonly SymbolOccurrence[] {
  let found = occurrenceCache.get(file);
  if (!found) {
    found = rules.mentions(file).map((m) => ({ ...m, file: file.path }));
    occurrenceCache.set(file, found);
  }
  return found;
}

function intersects(a: ReadonlySet<object>, b: ReadonlySet<object>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Definitions and references of named things across the files of a workspace graph. Two mentions
 * are the same symbol when kind and name agree and their scopes share an anchor (the same nginx
 * server for named locations, the same Caddy site for matchers; anything for global names).
 */
export class SymbolIndex {
  readonly rules: NavigationRules;
  private readonly scopes: ScopeResolver;
  private readonly anchorCache = new Map<SymbolOccurrence, ReadonlySet<object>>();
  private byName: Map<string, SymbolOccurrence[]> | undefined;

  constructor(
    readonly graph: WorkspaceGraph,
    readonly pack: DialectPack,
  ) {
    this.rules = pack.navigation;
    this.scopes = new ScopeResolver(graph, this.rules);
  }

  /** Every mention in one file of the graph. */
  occurrencesIn(filePath: string): readonly SymbolOccurrence[] {
    const file = this.graph.files.get(filePath);
    return file ? occurrencesOf(file, this.rules) : [];
  }

  /** The mention under a position (a click on its sigil counts), if any. */
  at(filePath: string, index: number): SymbolOccurrence | undefined {
    return this.occurrencesIn(filePath).find((o) => o.span.startIndex - o.sigilLength <= index && index <= o.span.endIndex);
  }

  /** Every mention of `kind` named `name`, in any file, whatever its scope. */
  named(kind: SymbolKind, name: string): readonly SymbolOccurrence[] {
    if (!this.byName) {
      const map = new Map<string, SymbolOccurrence[]>();
      for (const file of this.graph.files.values()) {
        for (const o of occurrencesOf(file, this.rules)) {
          const key = `${o.kind}\0${o.name}`;
          const list = map.get(key);
          if (list) list.push(o);
          else map.set(key, [o]);
        }
      }
      this.byName = map;
    }
    return this.byName.get(`${kind}\0${name}`) ?? [];
  }

  /** Every definition of a kind in the workspace (e.g. upstream names to complete). */
  definitionsOfKind(kind: SymbolKind): SymbolOccurrence[] {
    const found: SymbolOccurrence[] = [];
    for (const file of this.graph.files.values()) for (const o of occurrencesOf(file, this.rules)) if (o.kind === kind && o.role === 'definition') found.push(o);
    return found;
  }

  anchorsOf(occurrence: SymbolOccurrence): ReadonlySet<object> {
    let anchors = this.anchorCache.get(occurrence);
    if (!anchors) {
      const file = this.graph.files.get(occurrence.file);
      anchors = file ? this.scopes.anchors(occurrence.kind, occurrence.scope, file) : new Set<object>();
      this.anchorCache.set(occurrence, anchors);
    }
    return anchors;
  }

  /** The mentions that are the same symbol as `occurrence` (itself included). */
  sameSymbol(occurrence: SymbolOccurrence): SymbolOccurrence[] {
    const anchors = this.anchorsOf(occurrence);
    return this.named(occurrence.kind, occurrence.name).filter((o) => o === occurrence || intersects(anchors, this.anchorsOf(o)));
  }

  definitions(occurrence: SymbolOccurrence): SymbolOccurrence[] {
    return this.sameSymbol(occurrence).filter((o) => o.role === 'definition');
  }

  references(occurrence: SymbolOccurrence, includeDeclaration: boolean): SymbolOccurrence[] {
    return this.sameSymbol(occurrence).filter((o) => includeDeclaration || o.role === 'reference');
  }

  /**
   * What a rename must change together: the same symbol, widened until closed. A reference in a
   * file included by two servers ties both servers' named locations of that name, so renaming one
   * without the other would break the second server.
   */
  renameGroup(occurrence: SymbolOccurrence): { readonly members: SymbolOccurrence[]; readonly anchors: ReadonlySet<object> } {
    const anchors = new Set(this.anchorsOf(occurrence));
    const candidates = this.named(occurrence.kind, occurrence.name);
    const members = new Set<SymbolOccurrence>([occurrence]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const o of candidates) {
        if (members.has(o)) continue;
        const own = this.anchorsOf(o);
        if (!intersects(anchors, own)) continue;
        members.add(o);
        for (const a of own) anchors.add(a);
        grew = true;
      }
    }
    return { members: [...members], anchors };
  }

  /** Whether a name of `kind` is already used where `anchors` reach (a rename would merge two symbols). */
  isTaken(kind: SymbolKind, name: string, anchors: ReadonlySet<object>): boolean {
    return this.named(kind, name).some((o) => intersects(anchors, this.anchorsOf(o)));
  }
}
