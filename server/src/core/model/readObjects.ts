import type { Span } from '../text/span';
import type { Piece, RawStatement } from './readingRules';
import type { Block, Comment, Statement } from './types';

/*
 * The objects TreeReader makes on every statement, block and comment, made by constructors
 * rather than object literals. V8 records where each object literal is allocated and, after a few
 * garbage collections, decides per place whether to allocate its objects straight into the old
 * generation; every such decision discards the optimised code that inlined the allocation. In a
 * fresh process that reads a large file, that meant compiling the reader's hottest functions two
 * or three times over (on a 2-core machine, with the parse's own garbage collection competing for
 * the same cores). Objects made by `new` have no such allocation sites.
 *
 * Fields are assigned, not declared as class fields: see the note above Anchor in text/span.ts.
 */

export class ReadBlock implements Block {
  declare readonly span: Span;
  declare readonly children: readonly Statement[];
  declare readonly closed: boolean;

  constructor(span: Span, children: readonly Statement[], closed: boolean) {
    this.span = span;
    this.children = children;
    this.closed = closed;
  }
}

export class ReadComment implements Comment {
  declare readonly kind: 'comment';
  declare readonly span: Span;
  declare readonly text: string;

  constructor(span: Span, text: string) {
    this.kind = 'comment';
    this.span = span;
    this.text = text;
  }
}

export class ReadRawStatement implements RawStatement {
  declare readonly type: string;
  declare readonly span: Span;
  declare readonly pieces: readonly Piece[];
  declare readonly body: Block | undefined;
  declare readonly rawBody: RawStatement['rawBody'];
  declare readonly nested: readonly Statement[];

  constructor(type: string, span: Span, pieces: readonly Piece[], body: Block | undefined, rawBody: RawStatement['rawBody'], nested: readonly Statement[]) {
    this.type = type;
    this.span = span;
    this.pieces = pieces;
    this.body = body;
    this.rawBody = rawBody;
    this.nested = nested;
  }
}
