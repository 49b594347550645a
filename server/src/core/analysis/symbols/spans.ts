import type { Point, Span } from '../../text/span';

function pointWithin(start: Point, text: string, offset: number): Point {
  let line = start.line;
  let lineStart = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  return lineStart === -1 ? { line, column: start.column + offset } : { line, column: offset - lineStart - 1 };
}

/**
 * The span of `text.slice(from, to)`, where `text` is what `outer` covers (e.g. an argument's raw
 * token): names inside words and strings get exact ranges without the file's line index.
 */
export function spanWithin(outer: Span, text: string, from: number, to: number): Span {
  const start = pointWithin(outer.start, text, from);
  const end = pointWithin(outer.start, text, to);
  return { startIndex: outer.startIndex + from, endIndex: outer.startIndex + to, start, end };
}
