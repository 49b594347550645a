import type { Layout } from './layout';
import { columnOf } from './columns';
import { placeTokens } from './placement';
import { indentWidth, type FormatRules, type IndentStyle } from './rules';

export interface Printed {
  readonly text: string;
  /** Where each token landed in `text` (same order as `Layout.tokens`). */
  readonly outStart: Int32Array;
  readonly outEnd: Int32Array;
}

export interface PrintSettings {
  readonly rules: FormatRules;
  readonly indent: IndentStyle;
  /** Spaces before a token, for tokens aligned in a column (by token index). */
  readonly padding: ReadonlyMap<number, number>;
}

/**
 * Writes the tokens where `placeTokens` puts them, with the indentation asked for. Token text is
 * copied as written (comments lose trailing blanks where the dialect says so).
 */
export function printLayout(text: string, layout: Layout, settings: PrintSettings): Printed {
  const { tokens, statements } = layout;
  const { rules, indent } = settings;
  const placements = placeTokens(text, layout, rules, settings.padding);
  const unitWidth = indentWidth(indent);
  const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const columnText = (column: number): string =>
    indent.unit.kind === 'tab' ? '\t'.repeat(Math.floor(column / indent.tabSize)) + ' '.repeat(column % indent.tabSize) : ' '.repeat(column);

  // Relative continuation: each continuation line keeps its offset from the statement's first
  // token; the statement's lines all move by the same amount when needed so that the least indented
  // one is a level deeper than the statement (their layout among themselves is kept).
  const offsetOf = (i: number): number => columnOf(text, tokens[i].start, indent.tabSize) - columnOf(text, tokens[statements[tokens[i].owner].first].start, indent.tabSize);
  const shiftOf = new Map<number, number>();
  if (rules.continuation === 'relative') {
    const least = new Map<number, number>();
    placements.forEach((p, i) => {
      if ((p.kind === 'new-line' && p.indent === 'continuation') || p.kind === 'escaped-line-break') {
        const owner = tokens[i].owner;
        least.set(owner, Math.min(least.get(owner) ?? Infinity, offsetOf(i)));
      }
    });
    for (const [owner, offset] of least) shiftOf.set(owner, Math.max(0, unitWidth - offset));
  }
  const continuationColumn = (i: number): number => {
    const t = tokens[i];
    const base = t.depth * unitWidth;
    return rules.continuation === 'flat' ? base : base + offsetOf(i) + (shiftOf.get(t.owner) ?? 0);
  };

  const outStart = new Int32Array(tokens.length);
  const outEnd = new Int32Array(tokens.length);
  const parts: string[] = [];
  let length = 0;
  const emit = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  if (text.charCodeAt(0) === 0xfeff) emit('\ufeff');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const p = placements[i];
    switch (p.kind) {
      case 'same-line':
        emit(' '.repeat(p.spaces));
        break;
      case 'new-line':
        if (i > 0) emit(eol.repeat(1 + p.blankLines));
        emit(columnText(p.indent === 'depth' ? t.depth * unitWidth : continuationColumn(i)));
        break;
      case 'escaped-line-break':
        emit(' \\' + eol + columnText(continuationColumn(i)));
        break;
      case 'as-written':
        emit(p.text);
        break;
    }
    outStart[i] = length;
    const raw = text.slice(t.start, t.end);
    emit(t.role === 'comment' && rules.trimCommentEnd ? raw.trimEnd() : raw);
    outEnd[i] = length;
  }
  emit(tokens.length > 0 ? eol : rules.emptyFile);
  return { text: parts.join(''), outStart, outEnd };
}
