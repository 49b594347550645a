import type { Span } from '../../text/span';
import type { SymbolIndex } from './symbolIndex';
import type { SymbolKind, SymbolOccurrence } from './types';

/** One replacement in one file. */
export interface TextEdit {
  readonly file: string;
  readonly span: Span;
  readonly newText: string;
}

export type RenameTarget =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'ok'; readonly occurrence: SymbolOccurrence; readonly span: Span; readonly placeholder: string };

export type RenamePlan = { readonly kind: 'none' } | { readonly kind: 'refused'; readonly reason: string } | { readonly kind: 'edits'; readonly edits: readonly TextEdit[] };

const KIND_WORDS: Record<SymbolKind, string> = {
  upstream: 'upstream',
  'named-location': 'named location',
  variable: 'variable',
  snippet: 'snippet',
  'named-route': 'named route',
  matcher: 'named matcher',
};

/** Whether a rename can start at a position, and what it would replace. */
export function renameTarget(index: SymbolIndex, filePath: string, offset: number): RenameTarget {
  const occurrence = index.at(filePath, offset);
  if (!occurrence) return { kind: 'none' };
  const { rules } = index;
  const shown = rules.display(occurrence.kind, occurrence.name);
  if (rules.isBuiltin(occurrence.kind, occurrence.name)) return { kind: 'refused', reason: `${shown} is a built-in ${index.pack.dialect} variable; it cannot be renamed` };
  const group = index.renameGroup(occurrence);
  // A variable may be set where Switchyard cannot see (a Lua script); other names must be defined here.
  if (occurrence.kind !== 'variable' && !group.members.some((o) => o.role === 'definition')) {
    return { kind: 'refused', reason: `no ${KIND_WORDS[occurrence.kind]} ${shown} is defined in this configuration` };
  }
  return { kind: 'ok', occurrence, span: occurrence.span, placeholder: occurrence.name };
}

/** The new name without the sigil or brackets the user may have typed (`$new`, `@new`, `(new)`). */
function bareName(index: SymbolIndex, kind: SymbolKind, typed: string): string {
  const [prefix, suffix] = index.rules.display(kind, '\u0000').split('\u0000');
  const trimmed = typed.trim();
  if (trimmed.length > prefix.length + suffix.length && trimmed.startsWith(prefix) && trimmed.endsWith(suffix)) return trimmed.slice(prefix.length, trimmed.length - suffix.length);
  return trimmed;
}

/** Every edit a rename makes, across the files of the index's graph, or why it cannot be done. */
export function planRename(index: SymbolIndex, filePath: string, offset: number, typed: string): RenamePlan {
  const target = renameTarget(index, filePath, offset);
  if (target.kind !== 'ok') return target;
  const { occurrence } = target;
  const newName = bareName(index, occurrence.kind, typed);
  if (newName === occurrence.name) return { kind: 'edits', edits: [] };
  const check = index.rules.checkName(occurrence.kind, newName);
  if (!check.ok) return { kind: 'refused', reason: check.reason };
  const group = index.renameGroup(occurrence);
  if (index.isTaken(occurrence.kind, newName, group.anchors)) {
    return { kind: 'refused', reason: `${index.rules.display(occurrence.kind, newName)} is already used here; renaming would merge two ${KIND_WORDS[occurrence.kind]}s` };
  }
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const o of group.members) {
    const key = `${o.file}\0${o.span.startIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits.push({ file: o.file, span: o.span, newText: newName });
  }
  const fileOrder = [...index.graph.files.keys()];
  edits.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.span.startIndex - b.span.startIndex);
  return { kind: 'edits', edits };
}
