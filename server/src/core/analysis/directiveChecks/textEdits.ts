import type { ConfigFile, Directive } from '../../model/types';
import { walkDirectives } from '../../model/walk';
import { LineIndex, type Point, type Span } from '../../text/span';
import type { TextEdit } from './types';

export function replaceSpan(span: Span, newText: string): TextEdit {
  return { start: span.start, end: span.end, newText };
}

export function insertAt(point: Point, newText: string): TextEdit {
  return { start: point, end: point, newText };
}

function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * Deletes a statement. When it is alone on its line(s) the whole lines go, so no blank line is
 * left behind; otherwise only the statement and the blanks after it.
 */
export function removeSpan(text: string, span: Span, lines = new LineIndex(text)): TextEdit {
  const start = lines.pointAt(span.startIndex);
  const end = lines.pointAt(span.endIndex);
  const before = lines.lineText(start.line).slice(0, start.column);
  const after = lines.lineText(end.line).slice(end.column);
  if (isBlank(before) && isBlank(after)) {
    const lastLine = end.line + 1 < lines.lineCount ? { line: end.line + 1, column: 0 } : { line: end.line, column: lines.lineText(end.line).length };
    return { start: { line: start.line, column: 0 }, end: lastLine, newText: '' };
  }
  const trailing = /^[ \t]*/.exec(after)?.[0].length ?? 0;
  return { start, end: { line: end.line, column: end.column + trailing }, newText: '' };
}

/** The directive (entries included) whose name starts at `index`, or whose argument contains it. */
export function directiveAt(file: ConfigFile, index: number): { directive: Directive; argument?: number } | undefined {
  let found: { directive: Directive; argument?: number } | undefined;
  walkDirectives(file.statements, (d) => {
    if (found) return;
    if (d.nameSpan.startIndex === index) {
      found = { directive: d };
      return;
    }
    if (index < d.span.startIndex || index > d.span.endIndex) return;
    const argument = d.args.findIndex((a) => a.span.startIndex <= index && index < a.span.endIndex);
    if (argument !== -1) found = { directive: d, argument };
  });
  return found;
}
