import type { Layout, LayoutStatement } from './layout';
import { columnOf } from './columns';

/**
 * Lines up the first values of `key value…;` entries (nginx `map`, `geo`, `types` bodies) in one
 * column per group: a group is a run of one-line entries not broken by a blank line or a comment
 * line. Entries without a value (`hostnames;`) stay as they are and do not break a group; an entry
 * written over several lines ends one. The column is the one the group's entries already share when
 * they all share one wide enough (nginx's own `mime.types` keeps its layout), else the narrowest
 * that fits every key. Returns the spaces to put before each aligned value.
 *
 * Groups depend only on what the printer keeps (line breaks, blank lines, comment lines), and the
 * column chosen is one the group then shares, so a second run makes the same choice: stable.
 */
export function entryPadding(text: string, layout: Layout, tabSize: number): Map<number, number> {
  const padding = new Map<number, number>();
  const { tokens, statements } = layout;
  for (const body of layout.bodies) {
    let group: AlignableEntry[] = [];
    const flush = (): void => {
      const narrowest = Math.max(0, ...group.map((g) => g.width)) + 1;
      const shared = group.length > 1 && group.every((g) => g.offset === group[0].offset) ? group[0].offset : 0;
      const column = Math.max(narrowest, shared);
      for (const g of group) padding.set(g.value, column - g.width);
      group = [];
    };
    for (const id of body.members) {
      const s = statements[id];
      const first = tokens[s.first];
      const before = s.first > 0 ? text.slice(tokens[s.first - 1].end, first.start) : '';
      const lineBreaks = before.split('\n').length - 1;
      if (s.isComment) {
        if (lineBreaks > 0) flush();
        continue;
      }
      if (lineBreaks > 1) flush();
      const entry = alignableEntry(text, layout, s, tabSize);
      if (entry === 'multi-line') flush();
      else if (entry) group.push(entry);
    }
    flush();
  }
  return padding;
}

interface AlignableEntry {
  /** Index of the first value token. */
  readonly value: number;
  /** Width of the key. */
  readonly width: number;
  /** Where the value starts as written, in columns from the key's start. */
  readonly offset: number;
}

/** An entry's value token and key width, or why it takes no part in alignment. */
function alignableEntry(text: string, layout: Layout, s: LayoutStatement, tabSize: number): AlignableEntry | 'multi-line' | undefined {
  const { tokens } = layout;
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i];
    if (text.slice(t.start, t.end).includes('\n') || (i > s.first && text.slice(tokens[i - 1].end, t.start).includes('\n'))) return 'multi-line';
  }
  const key = tokens[s.first];
  const value = tokens[s.first + 1];
  if (!value || key.role !== 'atom' || value.role !== 'atom' || value.start === key.end) return undefined;
  return { value: s.first + 1, width: key.end - key.start, offset: columnOf(text, value.start, tabSize) - columnOf(text, key.start, tabSize) };
}
