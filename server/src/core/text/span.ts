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

/**
 * Maps string indices to points and back for one text. The line starts are found when first
 * needed: reading a model needs none (its spans compute their points when asked), so a file that
 * is read and checked without a finding is never scanned for lines.
 */
export class LineIndex {
  /** Where each line starts (a typed array, so that an edit copies it without boxing); found when first needed. */
  private starts: Int32Array | undefined;
  private originAnchor: Anchor | undefined;

  constructor(
    readonly text: string,
    lineStarts?: Int32Array,
  ) {
    this.starts = lineStarts;
  }

  private get lineStarts(): Int32Array {
    return (this.starts ??= findLineStarts(this.text));
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by `inserted`:
   * line starts before the edit are kept, those after it move by the length difference, and only
   * the inserted text is scanned (a keystroke in a large file does not rescan the file).
   */
  edited(text: string, start: number, oldEnd: number, inserted: string): LineIndex {
    const old = this.lineStarts;
    const delta = inserted.length - (oldEnd - start);
    // Starts up to `start` stay (their newline is before the edit); those in (start, oldEnd] lose
    // their newline to the edit; those after oldEnd move.
    const keep = this.lineAt(start) + 1;
    let after = keep;
    while (after < old.length && old[after] <= oldEnd) after++;
    let added = 0;
    for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) added++;
    const starts = new Int32Array(keep + added + (old.length - after));
    starts.set(old.subarray(0, keep));
    let at = keep;
    for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) starts[at++] = start + i + 1;
    for (let i = after; i < old.length; i++) starts[at++] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line an index is on. */
  private lineAt(index: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  pointAt(index: number): Point {
    const line = this.lineAt(index);
    return { line, column: index - this.lineStarts[line] };
  }

  indexAt(point: Point): number {
    if (point.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[point.line];
    const nextStart = point.line + 1 < this.lineStarts.length ? this.lineStarts[point.line + 1] : this.text.length + 1;
    return Math.min(lineStart + point.column, nextStart - 1, this.text.length);
  }

  /** The anchor at index 0: spans measured from it are plain text positions that never move. */
  get origin(): Anchor {
    this.originAnchor ??= new Anchor(0, this);
    return this.originAnchor;
  }

  /** A span whose points are computed only when asked for (most never are). */
  spanOf(startIndex: number, endIndex: number): Span {
    return new AnchoredSpan(this.origin, startIndex, endIndex);
  }

  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/** Where each line of `text` starts. */
function findLineStarts(text: string): Int32Array {
  // indexOf scans natively (a charCodeAt loop costs ~8 ms on a 4 MB text); counting first fills a
  // typed array of the exact size without an array of boxed numbers in between.
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let at = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[at++] = i + 1;
  return starts;
}

/*
 * The classes below (and TokenArgument, Piece and the reader's objects in model/) are made once
 * per token or statement. Their fields are assigned in the constructor and only declared to
 * TypeScript (`declare`), not declared as ES2022 class fields: those are first defined as
 * undefined on every construction, a second store per field that the JIT removes only once it has
 * optimised the constructor (a fresh CLI process builds much of a large model before it has).
 * `#private` fields are always defined that way, so internals are plain properties, kept out of
 * JSON by `toJSON`.
 */

/**
 * Where the spans of one part of a model are measured from, and the line index their points come
 * from. An edit moves an unchanged statement by moving its anchor: its spans, arguments and
 * findings follow without being touched (see TreeReader and ParsedDocument).
 */
export class Anchor {
  /** The text index the anchored offsets are relative to. */
  declare offset: number;
  declare lines: LineIndex;

  constructor(offset: number, lines: LineIndex) {
    this.offset = offset;
    this.lines = lines;
  }
}

/**
 * A span measured from an anchor: one small object per span, no binary search until a point is
 * read, and moved for free with its anchor. Compare spans through `toJSON` (their own properties
 * are the anchor and offsets, not the indices and points).
 *
 * Points are not cached: a model holds hundreds of thousands of spans and reads the points of few,
 * so two more fields per span (~6 MB on a 100k-line file, copied by every young-generation GC)
 * cost more than recomputing a point (a binary search) when one is read again.
 */
export class AnchoredSpan implements Span {
  private declare readonly anchor: Anchor;
  private declare readonly from: number;
  private declare readonly to: number;

  constructor(anchor: Anchor, from: number, to: number) {
    this.anchor = anchor;
    this.from = from;
    this.to = to;
  }

  get startIndex(): number {
    return this.anchor.offset + this.from;
  }

  get endIndex(): number {
    return this.anchor.offset + this.to;
  }

  get start(): Point {
    const anchor = this.anchor;
    return anchor.lines.pointAt(anchor.offset + this.from);
  }

  get end(): Point {
    const anchor = this.anchor;
    return anchor.lines.pointAt(anchor.offset + this.to);
  }

  toJSON(): { startIndex: number; endIndex: number; start: Point; end: Point } {
    return { startIndex: this.startIndex, endIndex: this.endIndex, start: this.start, end: this.end };
  }
}
