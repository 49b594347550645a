import type { DialectPack, OutlineCategory } from '../../dialects/pack';
import type { ConfigFile } from '../../model/types';
import type { Span } from '../../text/span';
import { buildOutline, type OutlineItem } from '../outline';

/** One entry of "go to symbol in workspace". */
export interface WorkspaceSymbol {
  readonly name: string;
  readonly category: OutlineCategory;
  readonly file: string;
  readonly span: Span;
  readonly selectionSpan: Span;
  /** The outline entry around it (the server of a location). */
  readonly container?: string;
}

/** Servers and sites, locations and routes, upstreams, snippets and named routes: what people jump to. */
const LISTED: ReadonlySet<OutlineCategory> = new Set<OutlineCategory>(['server', 'route', 'upstream', 'snippet']);

/** A fuzzy match as editors do it: the query's characters appear in order, case ignored. */
export function matchesQuery(name: string, query: string): boolean {
  if (!query) return true;
  const text = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = text.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

const listedCache = new WeakMap<ConfigFile, readonly WorkspaceSymbol[]>();

/** A file's listed outline entries, flattened; parsed files are immutable, so once per parse. */
function listedSymbols(file: ConfigFile, pack: DialectPack): readonly WorkspaceSymbol[] {
  let listed = listedCache.get(file);
  if (!listed) {
    const found: WorkspaceSymbol[] = [];
    const visit = (items: readonly OutlineItem[], container: string | undefined): void => {
      for (const item of items) {
        if (LISTED.has(item.category)) found.push({ name: item.name, category: item.category, file: file.path, span: item.span, selectionSpan: item.selectionSpan, container });
        visit(item.children, item.name);
      }
    };
    visit(buildOutline(file, pack), undefined);
    listedCache.set(file, found);
    listed = found;
  }
  return listed;
}

/** The workspace symbols of the files that match the query, in file order. */
export function workspaceSymbols(files: Iterable<ConfigFile>, pack: DialectPack, query: string, limit = 2000): WorkspaceSymbol[] {
  const found: WorkspaceSymbol[] = [];
  for (const file of files) {
    for (const symbol of listedSymbols(file, pack)) {
      if (found.length >= limit) return found;
      if (matchesQuery(symbol.name, query)) found.push(symbol);
    }
  }
  return found;
}
