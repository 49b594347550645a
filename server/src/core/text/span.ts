/** A position in a document: 0-based line and UTF-16 column (what LSP and JS strings use). */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A stretch of text: string indices (UTF-16 code units) plus the matching points. */
export interface Span {
  readonly startIndex: number;
  readonly endIndex: number;
  readonly start: Point;
  readonly end: Point;
}

export function spanContains(span: Span, index: number): boolean {
  return span.startIndex <= index && index <= span.endIndex;
}

export function joinSpans(first: Span, last: Span): Span {
  return { startIndex: first.startIndex, endIndex: last.endIndex, start: first.start, end: last.end };
}

/** Maps string indices to points and back for one text; built once per text version. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // indexOf scans natively; a charCodeAt loop costs ~8 ms on a 4 MB text.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  pointAt(index: number): Point {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: index - starts[lo] };
  }

  indexAt(point: Point): number {
    if (point.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[point.line];
    const nextStart = point.line + 1 < this.lineStarts.length ? this.lineStarts[point.line + 1] : this.text.length + 1;
    return Math.min(lineStart + point.column, nextStart - 1, this.text.length);
  }

  /** A span whose points are computed only when asked for (most never are). */
  spanOf(startIndex: number, endIndex: number): Span {
    return new IndexedSpan(this, startIndex, endIndex);
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/**
 * A span that knows its line index: one small object per span instead of three, and no binary
 * search until a point is read. The index is a private field, so it stays out of JSON, spreads
 * and structural comparisons.
 *
 * Points are not cached: a model holds hundreds of thousands of spans and reads the points of few,
 * so two more fields per span (~6 MB on a 100k-line file, copied by every young-generation GC)
 * cost more than recomputing a point (a binary search) when one is read again.
 */
class IndexedSpan implements Span {
  readonly #lines: LineIndex;

  constructor(
    lines: LineIndex,
    readonly startIndex: number,
    readonly endIndex: number,
  ) {
    this.#lines = lines;
  }

  get start(): Point {
    return this.#lines.pointAt(this.startIndex);
  }

  get end(): Point {
    return this.#lines.pointAt(this.endIndex);
  }

  toJSON(): { startIndex: number; endIndex: number; start: Point; end: Point } {
    return { startIndex: this.startIndex, endIndex: this.endIndex, start: this.start, end: this.end };
  }
}
