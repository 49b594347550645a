import type { Point, Span } from '../../text/span';

/*
 * Spans derived from the model's spans that stay right when their statement moves. The model's
 * spans are measured from their statement's anchor (see ParsedDocument), so a finding kept from
 * one check run to the next still points at the statement after an edit moved it — unless its span
 * copied numbers out of them. These read their base spans at every access instead.
 */

/** From the start of `first` to the end of `last` (e.g. the surplus arguments of a directive). */
class JoinedSpan implements Span {
  readonly #first: Span;
  readonly #last: Span;

  constructor(first: Span, last: Span) {
    this.#first = first;
    this.#last = last;
  }

  get startIndex(): number {
    return this.#first.startIndex;
  }

  get endIndex(): number {
    return this.#last.endIndex;
  }

  get start(): Point {
    return this.#first.start;
  }

  get end(): Point {
    return this.#last.end;
  }

  toJSON(): Span {
    return { startIndex: this.startIndex, endIndex: this.endIndex, start: this.start, end: this.end };
  }
}

export function spanFromTo(first: Span, last: Span): Span {
  return first === last ? first : new JoinedSpan(first, last);
}

/** The point `offset` characters into `text`, a text that starts at `origin`. */
function pointInto(origin: Point, text: string, offset: number): Point {
  const newline = text.lastIndexOf('\n', offset - 1);
  if (newline === -1 || offset === 0) return { line: origin.line, column: origin.column + offset };
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return { line: origin.line + lines, column: offset - newline - 1 };
}

/** `[from, to)` of a text that starts where `base` starts (an argument's raw text, a statement's header). */
class InnerSpan implements Span {
  readonly #base: Span;
  readonly #text: string;
  readonly #from: number;
  readonly #to: number;

  constructor(base: Span, text: string, from: number, to: number) {
    this.#base = base;
    this.#text = text;
    this.#from = from;
    this.#to = to;
  }

  get startIndex(): number {
    return this.#base.startIndex + this.#from;
  }

  get endIndex(): number {
    return this.#base.startIndex + this.#to;
  }

  get start(): Point {
    return pointInto(this.#base.start, this.#text, this.#from);
  }

  get end(): Point {
    return pointInto(this.#base.start, this.#text, this.#to);
  }

  toJSON(): Span {
    return { startIndex: this.startIndex, endIndex: this.endIndex, start: this.start, end: this.end };
  }
}

/** The part `[from, to)` of `text`, which is the text written from the start of `base` on. */
export function spanWithin(base: Span, text: string, from: number, to: number): Span {
  return new InnerSpan(base, text, from, to);
}
