import { AnchoredSpan, type Anchor, type Span } from '../text/span';
import type { Argument, ArgumentKind, Block, Statement } from './types';
import { TokenArgument } from './tokenArgument';
import type { TreeReader } from './readTree';

/*
 * What the dialect builders see of a statement node while TreeReader reads it, and the rules
 * each dialect gives the reader.
 */

/**
 * One named (or MISSING) child of a statement node, as the dialect builders see it. (Fields are
 * assigned, not declared as class fields: see the note above Anchor in text/span.ts.)
 */
export class Piece {
  /** The anchor of the statement being read; the piece's spans are measured from it. */
  private declare readonly anchor: Anchor;
  declare readonly field: string | null;
  declare readonly type: string;
  declare readonly named: boolean;
  declare readonly missing: boolean;
  declare readonly startIndex: number;
  declare readonly endIndex: number;
  declare readonly text: string;
  /** Named children of pieces that have inner structure the builders need (e.g. an nginx `condition`). */
  declare readonly parts: readonly Piece[] | undefined;

  constructor(
    anchor: Anchor,
    field: string | null,
    type: string,
    named: boolean,
    missing: boolean,
    startIndex: number,
    endIndex: number,
    text: string,
    parts: readonly Piece[] | undefined,
  ) {
    this.anchor = anchor;
    this.field = field;
    this.type = type;
    this.named = named;
    this.missing = missing;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.text = text;
    this.parts = parts;
  }

  /** Computed on demand: most pieces only ever become arguments, which have lazy spans too. */
  get span(): Span {
    const anchor = this.anchor;
    return new AnchoredSpan(anchor, this.startIndex - anchor.offset, this.endIndex - anchor.offset);
  }

  /** This piece as an argument of the given kind. */
  toArgument(kind: ArgumentKind, value: string, quote: Argument['quote']): Argument {
    const anchor = this.anchor;
    return new TokenArgument(anchor, kind, this.text, value, quote, this.startIndex - anchor.offset);
  }
}

/** A statement node flattened one level: its pieces, its body and any statements nested directly. */
export interface RawStatement {
  readonly type: string;
  readonly span: Span;
  readonly pieces: readonly Piece[];
  readonly body?: Block;
  readonly rawBody?: { readonly text: string; readonly span: Span };
  /** Statements that are direct children (Caddy braceless sites, one-line matcher definitions). */
  readonly nested: readonly Statement[];
}

/** What differs between the dialects when reading a tree; everything else is shared. */
export interface TreeReadingRules {
  /** Node types that are statements in a statement list. */
  readonly statementTypes: ReadonlySet<string>;
  /** Node types of bodies that hold a statement list. */
  readonly blockTypes: ReadonlySet<string>;
  /** Node types of bodies kept verbatim (nginx Lua blocks): the text between the braces. */
  readonly rawBodyTypes: ReadonlySet<string>;
  /** Pieces whose children the builder needs too. */
  readonly structuredPieceTypes: ReadonlySet<string>;
  buildStatement(raw: RawStatement, reader: TreeReader): Statement | undefined;
  /** Plain-language description of a syntax problem inside a statement. */
  describeMissing(raw: RawStatement, missing: Piece): { code: string; message: string; span: Span };
  /** How a block-opening statement is named in "unclosed block" messages. */
  describeOpener(raw: RawStatement): string;
}

/** Which children of a node the reader visits (the values match grammars/common/flat_tree.h). */
export const enum ChildReading {
  /** None: the node is read as a whole (words, strings, names). */
  None = 0,
  /** Named children, and MISSING ones; punctuation that is present tells nothing node types do not. */
  Named = 1,
  /** Every child (raw bodies, whose braces delimit the text). */
  All = 2,
}

/**
 * The children of a node type that `TreeReader` visits, so that a tree exporter can leave the rest
 * out. The root and ERROR nodes are read as statement lists whatever their type.
 */
export function childReading(rules: TreeReadingRules, type: string): ChildReading {
  if (rules.rawBodyTypes.has(type)) return ChildReading.All;
  if (type === 'ERROR' || rules.statementTypes.has(type) || rules.blockTypes.has(type) || rules.structuredPieceTypes.has(type)) return ChildReading.Named;
  return ChildReading.None;
}
