import { AnchoredSpan, type Anchor, type Span } from '../text/span';
import type { Argument, ArgumentKind } from './types';

/**
 * An argument that computes its span only when asked. Arguments are the most numerous objects of
 * a model; not allocating a span for each keeps large files within the parse+model budget. Its
 * position is an offset from its statement's anchor, so it moves with the statement (see Anchor).
 */
export class TokenArgument implements Argument {
  readonly #anchor: Anchor;
  readonly #from: number;
  readonly #to: number;

  constructor(
    anchor: Anchor,
    readonly kind: ArgumentKind,
    readonly raw: string,
    readonly value: string,
    readonly quote: Argument['quote'],
    from: number,
    to: number,
  ) {
    this.#anchor = anchor;
    this.#from = from;
    this.#to = to;
  }

  get startIndex(): number {
    return this.#anchor.offset + this.#from;
  }

  get endIndex(): number {
    return this.#anchor.offset + this.#to;
  }

  get span(): Span {
    return new AnchoredSpan(this.#anchor, this.#from, this.#to);
  }

  /** The same token read as another kind (e.g. a regex, decided by the directive). */
  withKind(kind: ArgumentKind): TokenArgument {
    return new TokenArgument(this.#anchor, kind, this.raw, this.value, this.quote, this.#from, this.#to);
  }

  toJSON(): { kind: ArgumentKind; raw: string; value: string; quote?: Argument['quote']; span: Span } {
    return { kind: this.kind, raw: this.raw, value: this.value, quote: this.quote, span: this.span };
  }
}
