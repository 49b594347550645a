import type { Layout, LayoutToken } from './layout';
import { FormatRefusal } from './layout';
import type { FormatRules } from './rules';

/**
 * Where a token goes relative to the one before it. Indentation is not decided here: `depth` lines
 * start at the statement's nesting level, `continuation` lines (a statement going on over several
 * lines) as the dialect's continuation rule says.
 */
export type Placement =
  | { readonly kind: 'same-line'; readonly spaces: number }
  | { readonly kind: 'new-line'; readonly blankLines: number; readonly indent: 'depth' | 'continuation' }
  /** A Caddy line continuation: ` \` and a line break, then the continuation indentation. */
  | { readonly kind: 'escaped-line-break' }
  /** The original whitespace from its first line break on (the start of a verbatim body). */
  | { readonly kind: 'as-written'; readonly text: string };

function newlines(gap: string): number {
  let count = 0;
  for (let i = gap.indexOf('\n'); i !== -1; i = gap.indexOf('\n', i + 1)) count++;
  return count;
}

/** A line continuation (`\` before the line break) is the only text allowed between tokens. */
const ESCAPED_LINE_BREAK = /^[^\S\n]*\\\r?\n\s*$/;

/** Where the first line break of a gap starts (its CR, when it has one). */
function lineBreakStart(gap: string): number {
  const lf = gap.indexOf('\n');
  return lf > 0 && gap.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
}

/**
 * The layout rules shared by every dialect: one statement per line; `{` at the end of its
 * statement's line and `}` on a line of its own (an empty block written `{}` stays so); the
 * terminator right after the last argument; a comment that followed a token on its line stays
 * there, and nothing follows a comment on its line; line breaks inside a statement kept as
 * written; one space between tokens on a line (none where there was none, and an aligned column
 * where `padding` says); one blank line kept where there were blank lines, none after `{` or
 * before `}`.
 */
export function placeTokens(text: string, layout: Layout, rules: FormatRules, padding: ReadonlyMap<number, number>): Placement[] {
  const { tokens } = layout;
  const placements: Placement[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    placements[i] = i === 0 ? { kind: 'new-line', blankLines: 0, indent: 'depth' } : place(i);
  }
  return placements;

  function newLine(gap: string, previous: LayoutToken, indent: 'depth' | 'continuation', blanksAllowed = true): Placement {
    const most = previous.role === 'comment' ? rules.blankLinesAfterComment : 1;
    const blankLines = blanksAllowed && previous.role !== 'open' ? Math.max(0, Math.min(newlines(gap) - 1, most)) : 0;
    return { kind: 'new-line', blankLines, indent };
  }

  function place(i: number): Placement {
    const t = tokens[i];
    const previous = tokens[i - 1];
    const gap = text.slice(previous.end, t.start);
    if (ESCAPED_LINE_BREAK.test(gap)) return { kind: 'escaped-line-break' };
    if (/\S/.test(gap)) throw new FormatRefusal(`unexpected text between tokens: ${JSON.stringify(gap.trim().slice(0, 20))}`, previous.end);
    const lines = newlines(gap);
    const afterComment = previous.role === 'comment';
    const sameLine: Placement = { kind: 'same-line', spaces: gap === '' ? 0 : 1 };

    if (t.role === 'comment') {
      if (lines === 0) return { kind: 'same-line', spaces: 1 };
      return newLine(gap, previous, t.lead === 'inner' ? 'continuation' : 'depth');
    }
    if (t.lead === 'statement' || (t.lead === 'nested' && (lines > 0 || afterComment))) return newLine(gap, previous, 'depth');
    switch (t.role) {
      case 'open':
        // Only a comment before it keeps `{` off its statement's line.
        return afterComment ? newLine(gap, previous, 'depth', false) : { kind: 'same-line', spaces: 1 };
      case 'close':
        if (lines === 0 && previous.role === 'open') return { kind: 'same-line', spaces: 0 };
        if (lines === 0 && previous.role === 'verbatim') return { kind: 'same-line', spaces: 1 };
        return newLine(gap, previous, 'depth', false);
      case 'terminator':
        return afterComment ? newLine(gap, previous, 'continuation') : { kind: 'same-line', spaces: 0 };
      case 'verbatim':
        return lines === 0 ? sameLine : { kind: 'as-written', text: gap.slice(lineBreakStart(gap)) };
      default:
        if (lines > 0 || afterComment) return newLine(gap, previous, 'continuation');
        return gap === '' ? sameLine : { kind: 'same-line', spaces: padding.get(i) ?? 1 };
    }
  }
}
