import type { Layout } from './layout';
import { formatDetailed, streamOf, type FormatRequest, type Refusal } from './formatter';
import { firstDifference } from './tokenStream';
import { minimalReplacement, type TextReplacement } from './edits';
import { LineIndex } from '../text/span';

/** The replacement to apply (none when the range is formatted already), or why not. */
export type RangeFormatOutcome = { readonly kind: 'formatted'; readonly replacement: TextReplacement | undefined } | Refusal;

/**
 * Formats the whole statements that the lines of [startIndex, endIndex) touch: a statement with a
 * body counts as touched through its header, braces or trailing comment, not through its
 * contents, so a selection inside a `server` block formats those lines only, while one that takes
 * in its `}` formats the whole block. The replacement is cut from a full format (so both agree),
 * and the file with it applied is checked to keep the same token stream.
 */
export function formatRange(request: FormatRequest, startIndex: number, endIndex: number): RangeFormatOutcome {
  const full = formatDetailed(request);
  if (full.kind === 'refused') return full;
  const { text } = request;
  const { layout, printed } = full;
  const span = touchedTokens(text, layout, startIndex, endIndex);
  if (!span) return { kind: 'formatted', replacement: undefined };
  const from = lineStart(text, layout.tokens[span.first].start);
  const to = layout.tokens[span.last].end;
  const newText = printed.text.slice(lineStart(printed.text, printed.outStart[span.first]), printed.outEnd[span.last]);
  const replacement = minimalReplacement(text.slice(from, to), newText, from);
  if (!replacement) return { kind: 'formatted', replacement: undefined };
  const result = text.slice(0, replacement.startIndex) + replacement.newText + text.slice(replacement.endIndex);
  if (firstDifference(full.stream, streamOf(result, request.pack, request.parser))) {
    return { kind: 'refused', reason: 'formatting only this range would change the tokens around it; format the whole document instead' };
  }
  return { kind: 'formatted', replacement };
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/**
 * First and last token of the statements touched by the lines of the range, grown until every
 * token on the first line belongs to them (so the replaced lines start with one of them).
 */
function touchedTokens(text: string, layout: Layout, startIndex: number, endIndex: number): { first: number; last: number } | undefined {
  const { tokens, statements } = layout;
  const lines = new LineIndex(text);
  const startLine = lines.pointAt(startIndex).line;
  const endPoint = lines.pointAt(endIndex);
  // A selection that ends at the start of a line (whole lines selected) does not touch that line.
  const endLine = endIndex > startIndex && endPoint.column === 0 ? endPoint.line - 1 : endPoint.line;
  let first = -1;
  let last = -1;
  const include = (statement: number): void => {
    const s = statements[statement];
    if (first === -1 || s.first < first) first = s.first;
    if (s.last > last) last = s.last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (lines.pointAt(t.end).line < startLine) continue;
    if (lines.pointAt(t.start).line > endLine) break;
    include(t.owner);
  }
  if (first === -1) return undefined;
  // Tokens earlier on the first statement's line belong in the replaced lines too.
  for (let grown = true; grown; ) {
    grown = false;
    const lineOfFirst = lines.pointAt(tokens[first].start).line;
    for (let i = first - 1; i >= 0 && lines.pointAt(tokens[i].end).line >= lineOfFirst; i--) {
      const before = first;
      include(tokens[i].owner);
      if (first < before) grown = true;
    }
  }
  return { first, last };
}
