import type { LineIndex, Span } from '../text/span';
import type { Argument, ArgumentKind } from './types';

/**
 * An argument that computes its span only when asked. Arguments are the most numerous objects of
 * a model; not allocating a span for each keeps large files within the parse+model budget.
 */
export class TokenArgument implements Argument {
  readonly #lines: LineIndex;

  constructor(
    lines: LineIndex,
    readonly kind: ArgumentKind,
    readonly raw: string,
    readonly value: string,
    readonly quote: Argument['quote'],
    readonly startIndex: number,
    readonly endIndex: number,
  ) {
    this.#lines = lines;
  }

  get span(): Span {
    return this.#lines.spanOf(this.startIndex, this.endIndex);
  }

  /** The same token read as another kind (e.g. a regex, decided by the directive). */
  withKind(kind: ArgumentKind): TokenArgument {
    return new TokenArgument(this.#lines, kind, this.raw, this.value, this.quote, this.startIndex, this.endIndex);
  }

  toJSON(): { kind: ArgumentKind; raw: string; value: string; quote?: Argument['quote']; span: Span } {
    return { kind: this.kind, raw: this.raw, value: this.value, quote: this.quote, span: this.span };
  }
}
