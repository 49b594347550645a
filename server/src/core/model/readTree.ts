import type { CstCursor } from '../parse/cst';
import { AnchoredSpan, LineIndex, type Anchor, type Span } from '../text/span';
import type { Block, Comment, Finding, Statement } from './types';
import { StatementRecord, type PreviousRead } from './statementRecord';
import { Piece, type RawStatement, type TreeReadingRules } from './readingRules';
import { Role, symbolsFor, type SymbolInfo } from './symbolInfo';
import { ReadBlock, ReadComment, ReadRawStatement } from './readObjects';
import { missingToken, reportMissingPieces, tooDeep, unclosedBlock, unexpectedInput } from './syntaxFindings';

export { Piece, ChildReading, childReading, type RawStatement, type TreeReadingRules } from './readingRules';

/** Deeper blocks are not read into the model (see TreeReader.readBlock). */
export const MAX_NESTING = 200;

/** The `nested` of every statement with no statements directly inside (most): one array, not an empty one each. */
const NO_STATEMENTS: readonly Statement[] = [];

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
  /** Pieces of the statements being read, innermost last: each statement's are cut at their exact number. */
  private readonly pieces: Piece[] = [];
  private pieceCount = 0;

  constructor(
    private readonly cursor: CstCursor,
    readonly text: string,
    readonly file: string,
    private readonly rules: TreeReadingRules,
    options: ReadOptions = {},
  ) {
    this.symbols = symbolsFor(rules);
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
        this.findings.push(tooDeep(this.file, span, MAX_NESTING));
      }
      return new ReadBlock(span, [], true);
    }
    if (this.depth > this.deepest) this.deepest = this.depth;
    this.depth++;
    const start = this.pendingCount;
    const closed = this.collectStatements();
    this.depth--;
    return new ReadBlock(span, this.takePending(start), closed);
  }

  /**
   * Reads the children of the node under the cursor as statements onto `pending`; statements that
   * tree-sitter still recognised inside ERROR nodes join the list. Returns false when the list's
   * closing brace is MISSING.
   */
  private collectStatements(): boolean {
    const c = this.cursor;
    const symbols = this.symbols;
    const roles = symbols.roles;
    let closed = true;
    if (!c.gotoFirstChild()) return closed;
    do {
      const id = c.nodeTypeId;
      let role: Role = roles[id];
      if (role === Role.Unknown) role = symbols.learn(c, id);
      switch (role) {
        case Role.Statement:
        case Role.Comment:
        case Role.Error:
          this.readListMember(id, role);
          break;
        case Role.CloseBrace:
          if (c.nodeIsMissing) closed = false;
          break;
        default:
          if (c.nodeIsMissing) this.findings.push(missingToken(this.file, this.span(), symbols.typeOf(c, id)));
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return closed;
  }

  /**
   * Reads a child that joins the statement list being read (of a list, a block or a statement's
   * own children): a statement, a comment, or an ERROR whose recognised statements join.
   */
  private readListMember(id: number, role: Role.Statement | Role.Comment | Role.Error): void {
    if (role === Role.Statement) this.readStatement(id);
    else if (role === Role.Comment) this.addPending(this.readComment());
    else {
      this.reportError();
      this.collectStatements();
    }
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
    return new ReadComment(this.spanOf(start, end), this.text.slice(start, end));
  }

  /** The piece under the cursor: `id` is its type id (whose role is known), `named` whether its type is named. */
  private readPiece(id: number, named: boolean, role: Role): Piece {
    const c = this.cursor;
    const symbols = this.symbols;
    const start = c.startIndex;
    const end = c.endIndex;
    const missing = start === end && c.nodeIsMissing;
    const fieldId = c.currentFieldId;
    const field = fieldId === 0 ? null : (symbols.fields[fieldId] ?? symbols.fieldOf(c));
    const parts = role === Role.Structured ? this.readParts() : undefined;
    return new Piece(this.anchor, field, symbols.types[id], named, missing, start, end, this.text.slice(start, end), parts);
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
      if (role === Role.Error) this.reportError();
      else {
        const named = symbols.isNamed(c, id);
        if (named || c.nodeIsMissing) parts.push(this.readPiece(id, named, role));
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
      if (statement) this.pending[this.pendingCount++] = statement;
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
    const roles = symbols.roles;
    const span = this.spanOf(start, end);
    const type = symbols.types[typeId];
    const piecesStart = this.pieceCount;
    const nestedStart = this.pendingCount;
    let body: Block | undefined;
    let rawBody: RawStatement['rawBody'];
    let rawUnclosed = false;
    let missingPieces = false;
    if (c.gotoFirstChild()) {
      do {
        const id = c.nodeTypeId;
        let role: Role = roles[id];
        if (role === Role.Unknown) role = symbols.learn(c, id);
        switch (role) {
          case Role.Block:
            body = this.readBlock();
            break;
          case Role.Statement:
          case Role.Comment:
          case Role.Error:
            this.readListMember(id, role);
            break;
          case Role.RawBody: {
            const read = this.readRawBody();
            rawBody = { text: read.text, span: read.span };
            rawUnclosed = read.unclosed;
            break;
          }
          default: {
            // Punctuation that is present tells nothing the node types do not; skip its allocation.
            const named = symbols.named[id];
            if (named || c.nodeIsMissing) {
              const piece = this.readPiece(id, named, role);
              if (piece.missing) missingPieces = true;
              this.pieces[this.pieceCount++] = piece;
            }
          }
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    const pieces = this.pieces.slice(piecesStart, this.pieceCount);
    this.pieceCount = piecesStart;
    const nested = this.pendingCount === nestedStart ? NO_STATEMENTS : this.takePending(nestedStart);
    const raw = new ReadRawStatement(type, span, pieces, body, rawBody, nested);
    if (missingPieces) reportMissingPieces(this.findings, this.file, raw, this.rules);
    const closed = body ? body.closed : !rawUnclosed;
    if (!closed) {
      // The message quotes a line number, which moving the statement would make wrong.
      this.pins++;
      this.findings.push(unclosedBlock(this.file, raw, this.rules));
    }
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
        if (role === Role.OpenBrace) {
          start = c.endIndex;
        } else if (role === Role.CloseBrace) {
          if (c.nodeIsMissing) unclosed = true;
          end = c.startIndex;
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (end < start) end = start;
    return { text: this.text.slice(start, end), span: this.spanOf(start, end), unclosed };
  }

  private reportError(): void {
    this.findings.push(unexpectedInput(this.file, this.text, this.span(), this.anchor));
  }
}
