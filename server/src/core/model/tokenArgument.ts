import { AnchoredSpan, type Anchor, type Span } from '../text/span';
import type { Argument, ArgumentKind } from './types';

/**
 * An argument that computes its span only when asked. Arguments are the most numerous objects of
 * a model; not allocating a span for each keeps large files within the parse+model budget. Its
 * position is an offset from its statement's anchor, so it moves with the statement (see Anchor).
 * Its end is not stored: `raw` is exactly the text it spans. (Fields are assigned, not declared
 * as class fields: see the note above Anchor.)
 */
export class TokenArgument implements Argument {
  declare readonly kind: ArgumentKind;
  declare readonly raw: string;
  declare readonly value: string;
  declare readonly quote: Argument['quote'];
  private declare readonly anchor: Anchor;
  private declare readonly from: number;

  constructor(anchor: Anchor, kind: ArgumentKind, raw: string, value: string, quote: Argument['quote'], from: number) {
    this.kind = kind;
    this.raw = raw;
    this.value = value;
    this.quote = quote;
    this.anchor = anchor;
    this.from = from;
  }

  get startIndex(): number {
    return this.anchor.offset + this.from;
  }

  get endIndex(): number {
    return this.anchor.offset + this.from + this.raw.length;
  }

  get span(): Span {
    return new AnchoredSpan(this.anchor, this.from, this.from + this.raw.length);
  }

  /** The same token read as another kind (e.g. a regex, decided by the directive). */
  withKind(kind: ArgumentKind): TokenArgument {
    return new TokenArgument(this.anchor, kind, this.raw, this.value, this.quote, this.from);
  }

  toJSON(): { kind: ArgumentKind; raw: string; value: string; quote?: Argument['quote']; span: Span } {
    return { kind: this.kind, raw: this.raw, value: this.value, quote: this.quote, span: this.span };
  }
}
