import type { CstCursor } from '../parse/cst';
import { AnchoredSpan, LineIndex, type Anchor, type Span } from '../text/span';
import type { Argument, ArgumentKind, Block, Comment, Finding, Statement } from './types';
import { TokenArgument } from './tokenArgument';
import { StatementRecord, type PreviousRead } from './statementRecord';

/** Deeper blocks are not read into the model (see TreeReader.readBlock). */
export const MAX_NESTING = 200;

/** One named (or MISSING) child of a statement node, as the dialect builders see it. */
export class Piece {
  readonly #anchor: Anchor;

  constructor(
    /** The anchor of the statement being read; the piece's spans are measured from it. */
    anchor: Anchor,
    readonly field: string | null,
    readonly type: string,
    readonly named: boolean,
    readonly missing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly text: string,
    /** Named children of pieces that have inner structure the builders need (e.g. an nginx `condition`). */
    readonly parts: readonly Piece[] | undefined,
  ) {
    this.#anchor = anchor;
  }

  /** Computed on demand: most pieces only ever become arguments, which have lazy spans too. */
  get span(): Span {
    const anchor = this.#anchor;
    return new AnchoredSpan(anchor, this.startIndex - anchor.offset, this.endIndex - anchor.offset);
  }

  /** This piece as an argument of the given kind. */
  toArgument(kind: ArgumentKind, value: string, quote: Argument['quote']): Argument {
    const anchor = this.#anchor;
    return new TokenArgument(anchor, kind, this.text, value, quote, this.startIndex - anchor.offset, this.endIndex - anchor.offset);
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

// What a node type is to the reader: one small integer per symbol id, so that the walk compares
// numbers instead of looking type names up in sets.
const ROLE_UNKNOWN = 0;
const ROLE_OTHER = 1;
const ROLE_STATEMENT = 2;
const ROLE_BLOCK = 3;
const ROLE_RAW_BODY = 4;
const ROLE_STRUCTURED = 5;
const ROLE_COMMENT = 6;
const ROLE_ERROR = 7;
const ROLE_OPEN_BRACE = 8;
const ROLE_CLOSE_BRACE = 9;

/** tree-sitter's id of ERROR nodes (ts_builtin_sym_error), the same in every grammar and engine. */
const ERROR_SYMBOL = 65535;

/**
 * Node type names, roles and field names by numeric id, filled lazily from the cursor. Reading ids
 * instead of names avoids a string conversion across the wasm/native boundary for every node.
 * Ids are the same for a grammar whichever engine parsed it (both come from one parser.c).
 */
class SymbolInfo {
  private readonly roles = new Uint8Array(ERROR_SYMBOL + 1);
  private readonly types: string[] = [];
  private readonly named: boolean[] = [];
  private readonly fields: (string | null)[] = [];

  constructor(private readonly rules: TreeReadingRules) {}

  /** The role of the node under the cursor, whose type id is `id`. */
  roleOf(c: CstCursor, id: number): number {
    const role = this.roles[id];
    return role === ROLE_UNKNOWN ? this.learn(c, id) : role;
  }

  typeOf(c: CstCursor, id: number): string {
    if (this.roles[id] === ROLE_UNKNOWN) this.learn(c, id);
    return id === ERROR_SYMBOL ? 'ERROR' : this.types[id];
  }

  isNamed(c: CstCursor, id: number): boolean {
    if (this.roles[id] === ROLE_UNKNOWN) this.learn(c, id);
    return id === ERROR_SYMBOL || this.named[id];
  }

  fieldOf(c: CstCursor): string | null {
    const id = c.currentFieldId;
    if (!id) return null;
    let name = this.fields[id];
    if (name === undefined) {
      name = c.currentFieldName;
      this.fields[id] = name;
    }
    return name;
  }

  private learn(c: CstCursor, id: number): number {
    const type = id === ERROR_SYMBOL ? 'ERROR' : c.nodeType;
    const rules = this.rules;
    let role = ROLE_OTHER;
    if (type === 'ERROR') role = ROLE_ERROR;
    else if (type === 'comment') role = ROLE_COMMENT;
    else if (type === '{') role = ROLE_OPEN_BRACE;
    else if (type === '}') role = ROLE_CLOSE_BRACE;
    else if (rules.statementTypes.has(type)) role = ROLE_STATEMENT;
    else if (rules.blockTypes.has(type)) role = ROLE_BLOCK;
    else if (rules.rawBodyTypes.has(type)) role = ROLE_RAW_BODY;
    else if (rules.structuredPieceTypes.has(type)) role = ROLE_STRUCTURED;
    if (id !== ERROR_SYMBOL) {
      this.types[id] = type;
      this.named[id] = c.nodeIsNamed;
    }
    this.roles[id] = role;
    return role;
  }
}

const symbolsByRules = new WeakMap<TreeReadingRules, SymbolInfo>();

/** How a TreeReader reads: fresh, or taking over what an earlier read of the same document gave. */
export interface ReadOptions {
  /** The text's line index, when the caller has it already. */
  readonly lines?: LineIndex;
  /**
   * Keep a StatementRecord per statement node (in `records`), each the anchor of its statement's
   * spans, so that a later read can take unchanged statements over. Off for files that are read
   * once: their spans all hang off one anchor and cost nothing extra.
   */
  readonly record?: boolean;
  /** The previous read of this document and the edits since: unchanged statements are taken over. */
  readonly previous?: PreviousRead;
}

/**
 * Walks a tree-sitter tree once with a cursor and builds the dialect-neutral statements,
 * collecting syntax findings (ERROR and MISSING nodes) on the way.
 *
 * Built for large files: every node costs a few cursor reads (each one a call into wasm with
 * web-tree-sitter), and the objects it allocates are mostly the model itself, whose size the
 * young-generation GC pays for twice (statement lists are cut at their exact length for that).
 *
 * Incremental reads (`previous`): a statement node that no edit or restructuring touched is not
 * read again; its statement object, findings and records are taken over from the previous read and
 * moved with their anchor. The result equals a fresh read (test/unit/incremental*.test.ts), and an
 * unchanged statement keeps its identity, so analyses can memoise per statement.
 */
export class TreeReader {
  readonly findings: Finding[] = [];
  /** The statement records in document order (when recording). */
  readonly records: StatementRecord[] | undefined;
  private depth = 0;
  private depthReported = false;
  private readonly symbols: SymbolInfo;
  private readonly lines: LineIndex;
  private readonly previous: PreviousRead | undefined;
  /** What spans made now are measured from: the statement being read, else the text's start. */
  private anchor: Anchor;
  /** The deepest block level read so far (for the records' heights). */
  private deepest = -1;
  /** Counts results that cannot move with their anchor; a record reading any is not movable. */
  private pins = 0;
  /** Statements read but not yet placed: the tail from each open list's start belongs to it. */
  private readonly pending: Statement[] = [];
  private pendingCount = 0;

  constructor(
    private readonly cursor: CstCursor,
    readonly text: string,
    readonly file: string,
    private readonly rules: TreeReadingRules,
    options: ReadOptions = {},
  ) {
    let symbols = symbolsByRules.get(rules);
    if (!symbols) symbolsByRules.set(rules, (symbols = new SymbolInfo(rules)));
    this.symbols = symbols;
    this.lines = options.lines ?? new LineIndex(text);
    this.anchor = this.lines.origin;
    this.previous = options.previous;
    this.records = options.record || options.previous ? [] : undefined;
  }

  span(): Span {
    const c = this.cursor;
    return this.spanOf(c.startIndex, c.endIndex);
  }

  /** A span of the text, measured from the current anchor. */
  private spanOf(startIndex: number, endIndex: number): Span {
    const anchor = this.anchor;
    return new AnchoredSpan(anchor, startIndex - anchor.offset, endIndex - anchor.offset);
  }

  /** Reads the children of the node under the cursor as a statement list. */
  readStatementList(): { statements: Statement[]; closed: boolean } {
    const start = this.pendingCount;
    const closed = this.collectStatements();
    return { statements: this.takePending(start), closed };
  }

  readBlock(): Block {
    const span = this.span();
    if (this.depth >= MAX_NESTING) {
      // Real configurations nest a handful of levels; thousands would only exhaust the stack.
      this.pins++;
      if (!this.depthReported) {
        this.depthReported = true;
        this.findings.push({
          file: this.file,
          span,
          severity: 'warning',
          code: 'syntax/too-deep',
          message: `blocks are nested more than ${MAX_NESTING} levels deep here; the inner part is not analysed`,
        });
      }
      return { span, children: [], closed: true };
    }
    if (this.depth > this.deepest) this.deepest = this.depth;
    this.depth++;
    const start = this.pendingCount;
    const closed = this.collectStatements();
    this.depth--;
    return { span, children: this.takePending(start), closed };
  }

  /**
   * Reads the children of the node under the cursor as statements onto `pending`; statements that
   * tree-sitter still recognised inside ERROR nodes join the list. Returns false when the list's
   * closing brace is MISSING.
   */
  private collectStatements(): boolean {
    const c = this.cursor;
    const symbols = this.symbols;
    let closed = true;
    if (!c.gotoFirstChild()) return closed;
    do {
      const id = c.nodeTypeId;
      switch (symbols.roleOf(c, id)) {
        case ROLE_STATEMENT:
          this.readStatement(id);
          break;
        case ROLE_COMMENT:
          this.addPending(this.readComment());
          break;
        case ROLE_CLOSE_BRACE:
          if (c.nodeIsMissing) closed = false;
          break;
        case ROLE_ERROR:
          this.reportError();
          this.collectStatements();
          break;
        default:
          if (c.nodeIsMissing) this.reportMissingToken(symbols.typeOf(c, id));
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return closed;
  }

  private addPending(statement: Statement): void {
    this.pending[this.pendingCount++] = statement;
  }

  /** The statements pending since `start`, as an array of exactly their number. */
  private takePending(start: number): Statement[] {
    const list = this.pending.slice(start, this.pendingCount);
    this.pendingCount = start;
    return list;
  }

  private readComment(): Comment {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    return { kind: 'comment', span: this.spanOf(start, end), text: this.text.slice(start, end) };
  }

  /** The piece under the cursor; `id` is its type id, `named` whether its type is named. */
  private readPiece(id: number, named: boolean, field: string | null, role: number): Piece {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    const missing = start === end && c.nodeIsMissing;
    const parts = role === ROLE_STRUCTURED ? this.readParts() : undefined;
    return new Piece(this.anchor, field, this.symbols.typeOf(c, id), named, missing, start, end, this.text.slice(start, end), parts);
  }

  /** The named (and MISSING) children of a structured piece; errors inside are reported. */
  private readParts(): Piece[] | undefined {
    const c = this.cursor;
    const symbols = this.symbols;
    if (!c.gotoFirstChild()) return undefined;
    const parts: Piece[] = [];
    do {
      const id = c.nodeTypeId;
      const role = symbols.roleOf(c, id);
      if (role === ROLE_ERROR) this.reportError();
      else {
        const named = symbols.isNamed(c, id);
        if (named || c.nodeIsMissing) parts.push(this.readPiece(id, named, symbols.fieldOf(c), role));
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return parts;
  }

  /**
   * Reads the statement node under the cursor onto `pending` (nothing when the builder skips it),
   * or takes it over from the previous read when it is unchanged.
   */
  private readStatement(typeId: number): void {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    const records = this.records;
    if (records === undefined) {
      const statement = this.buildFromNode(typeId, start, end);
      if (statement) this.addPending(statement);
      return;
    }
    const previous = this.previous?.takeOver(start, end, typeId, MAX_NESTING - this.depth, this.lines, records);
    if (previous) {
      if (previous.statement) this.addPending(previous.statement);
      for (const finding of previous.findings) this.findings.push(finding);
      if (previous.height > 0 && this.depth + previous.height - 1 > this.deepest) this.deepest = this.depth + previous.height - 1;
      return;
    }
    const record = new StatementRecord(start, this.lines, end - start, typeId);
    const index = records.length;
    records.push(record);
    const outerAnchor = this.anchor;
    const outerDeepest = this.deepest;
    const findingsBefore = this.findings.length;
    const pinsBefore = this.pins;
    this.anchor = record;
    this.deepest = this.depth - 1;
    const statement = this.buildFromNode(typeId, start, end);
    record.statement = statement;
    record.descendants = records.length - index - 1;
    record.height = this.deepest - this.depth + 1;
    if (this.findings.length > findingsBefore) record.setFindings(this.findings.slice(findingsBefore));
    if (statement !== undefined && !this.anchorsAll(statement, record)) this.pins++;
    record.movable = this.pins === pinsBefore;
    if (this.deepest < outerDeepest) this.deepest = outerDeepest;
    this.anchor = outerAnchor;
    if (statement) this.addPending(statement);
  }

  /**
   * Whether the statement's own spans and its findings' spans hang off its record, so that moving
   * the record moves them. A builder may join spans into a plain object (Caddy's inline blocks
   * do); such a block span is replaced by an anchored one with the same indices, anything else
   * keeps the statement from being moved.
   */
  private anchorsAll(statement: Statement, record: StatementRecord): boolean {
    const block = statement.kind === 'comment' ? undefined : statement.block;
    if (block && !(block.span instanceof AnchoredSpan)) {
      const { startIndex, endIndex } = block.span;
      (block as { span: Span }).span = new AnchoredSpan(record, startIndex - record.offset, endIndex - record.offset);
    }
    if (!(statement.span instanceof AnchoredSpan)) return false;
    if ('nameSpan' in statement && !(statement.nameSpan instanceof AnchoredSpan)) return false;
    if (statement.kind === 'directive' && statement.rawBody && !(statement.rawBody.span instanceof AnchoredSpan)) return false;
    for (const finding of record.findings) if (!(finding.span instanceof AnchoredSpan)) return false;
    return true;
  }

  /** Reads the statement node under the cursor, [start, end) of the text, and builds its statement. */
  private buildFromNode(typeId: number, start: number, end: number): Statement | undefined {
    const c = this.cursor;
    const symbols = this.symbols;
    const span = this.spanOf(start, end);
    const type = symbols.typeOf(c, typeId);
    const pieces: Piece[] = [];
    const nestedStart = this.pendingCount;
    let body: Block | undefined;
    let rawBody: RawStatement['rawBody'];
    let rawUnclosed = false;
    let missingPieces = false;
    if (c.gotoFirstChild()) {
      do {
        const id = c.nodeTypeId;
        const role = symbols.roleOf(c, id);
        switch (role) {
          case ROLE_BLOCK:
            body = this.readBlock();
            break;
          case ROLE_STATEMENT:
            this.readStatement(id);
            break;
          case ROLE_COMMENT:
            this.addPending(this.readComment());
            break;
          case ROLE_ERROR:
            this.reportError();
            this.collectStatements();
            break;
          case ROLE_RAW_BODY: {
            const read = this.readRawBody();
            rawBody = { text: read.text, span: read.span };
            rawUnclosed = read.unclosed;
            break;
          }
          default: {
            // Punctuation that is present tells nothing the node types do not; skip its allocation.
            const named = symbols.isNamed(c, id);
            if (named || c.nodeIsMissing) {
              const piece = this.readPiece(id, named, symbols.fieldOf(c), role);
              if (piece.missing) missingPieces = true;
              pieces.push(piece);
            }
          }
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    const nested = this.takePending(nestedStart);
    const raw: RawStatement = { type, span, pieces, body, rawBody, nested };
    if (missingPieces) this.reportMissingPieces(raw);
    const closed = body ? body.closed : !rawUnclosed;
    if (!closed) this.reportUnclosed(raw);
    return this.rules.buildStatement(raw, this);
  }

  private readRawBody(): { text: string; span: Span; unclosed: boolean } {
    const c = this.cursor;
    const symbols = this.symbols;
    const outerStart = c.startIndex;
    const outerEnd = c.endIndex;
    let unclosed = false;
    let start = outerStart;
    let end = outerEnd;
    if (c.gotoFirstChild()) {
      do {
        const role = symbols.roleOf(c, c.nodeTypeId);
        if (role === ROLE_OPEN_BRACE) {
          start = c.endIndex;
        } else if (role === ROLE_CLOSE_BRACE) {
          if (c.nodeIsMissing) unclosed = true;
          end = c.startIndex;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (end < start) end = start;
    return { text: this.text.slice(start, end), span: this.spanOf(start, end), unclosed };
  }

  private reportMissingPieces(raw: RawStatement): void {
    for (const piece of raw.pieces) {
      if (piece.missing) {
        const { code, message, span: at } = this.rules.describeMissing(raw, piece);
        this.findings.push({ file: this.file, span: at, severity: 'error', code, message });
      }
    }
  }

  private reportUnclosed(raw: RawStatement): void {
    // The message quotes a line number, which moving the statement would make wrong.
    this.pins++;
    const opener = this.rules.describeOpener(raw);
    const header = raw.pieces[0]?.span ?? raw.span;
    this.findings.push({
      file: this.file,
      span: header,
      severity: 'error',
      code: 'syntax/unclosed-block',
      message: `unclosed block '${opener}' opened at line ${raw.span.start.line + 1}: add a '}'`,
    });
  }

  private reportMissingToken(type: string): void {
    this.findings.push({
      file: this.file,
      span: this.span(),
      severity: 'error',
      code: 'syntax/missing-token',
      message: `expected '${type}'`,
    });
  }

  private reportError(): void {
    const span = this.span();
    const text = this.text.slice(span.startIndex, span.endIndex).trim();
    const firstToken = text.split(/\s+/, 1)[0] ?? '';
    let message: string;
    let code = 'syntax/unexpected';
    if (text.length === 0) message = 'unexpected input';
    else if (firstToken === '}') {
      message = "unexpected '}': no block is open here";
      code = 'syntax/unexpected-close';
    } else message = `unexpected '${firstToken.length > 40 ? firstToken.slice(0, 40) + '…' : firstToken}'`;
    // Point at the first line only: an ERROR can swallow the rest of a file.
    const firstLineEnd = span.start.line === span.end.line ? span.endIndex : span.startIndex + Math.max(1, firstToken.length);
    this.findings.push({ file: this.file, span: this.spanOf(span.startIndex, firstLineEnd), severity: 'error', code, message });
  }
}
