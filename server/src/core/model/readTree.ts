import type { CstCursor } from '../parse/cst';
import { LineIndex, type Span } from '../text/span';
import type { Argument, ArgumentKind, Block, Comment, Finding, Statement } from './types';
import { TokenArgument } from './tokenArgument';

/** Deeper blocks are not read into the model (see TreeReader.readBlock). */
export const MAX_NESTING = 200;

/** One named (or MISSING) child of a statement node, as the dialect builders see it. */
export class Piece {
  readonly #lines: LineIndex;

  constructor(
    lines: LineIndex,
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
    this.#lines = lines;
  }

  /** Computed on demand: most pieces only ever become arguments, which have lazy spans too. */
  get span(): Span {
    return this.#lines.spanOf(this.startIndex, this.endIndex);
  }

  /** This piece as an argument of the given kind. */
  toArgument(kind: ArgumentKind, value: string, quote: Argument['quote']): Argument {
    return new TokenArgument(this.#lines, kind, this.text, value, quote, this.startIndex, this.endIndex);
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

/**
 * Walks a tree-sitter tree once with a cursor and builds the dialect-neutral statements,
 * collecting syntax findings (ERROR and MISSING nodes) on the way.
 *
 * Built for large files: every node costs a few cursor reads (each one a call into wasm with
 * web-tree-sitter), and the objects it allocates are mostly the model itself, whose size the
 * young-generation GC pays for twice (statement lists are cut at their exact length for that).
 */
export class TreeReader {
  readonly findings: Finding[] = [];
  private depth = 0;
  private depthReported = false;
  private readonly symbols: SymbolInfo;
  private readonly lines: LineIndex;
  /** Statements read but not yet placed: the tail from each open list's start belongs to it. */
  private readonly pending: Statement[] = [];
  private pendingCount = 0;

  constructor(
    private readonly cursor: CstCursor,
    readonly text: string,
    readonly file: string,
    private readonly rules: TreeReadingRules,
    lines?: LineIndex,
  ) {
    let symbols = symbolsByRules.get(rules);
    if (!symbols) symbolsByRules.set(rules, (symbols = new SymbolInfo(rules)));
    this.symbols = symbols;
    this.lines = lines ?? new LineIndex(text);
  }

  span(): Span {
    const c = this.cursor;
    return this.lines.spanOf(c.startIndex, c.endIndex);
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
        case ROLE_STATEMENT: {
          const statement = this.readStatement(id);
          if (statement) this.addPending(statement);
          break;
        }
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
    return { kind: 'comment', span: this.lines.spanOf(start, end), text: this.text.slice(start, end) };
  }

  /** The piece under the cursor; `id` is its type id, `named` whether its type is named. */
  private readPiece(id: number, named: boolean, field: string | null, role: number): Piece {
    const c = this.cursor;
    const start = c.startIndex;
    const end = c.endIndex;
    const missing = start === end && c.nodeIsMissing;
    const parts = role === ROLE_STRUCTURED ? this.readParts() : undefined;
    return new Piece(this.lines, field, this.symbols.typeOf(c, id), named, missing, start, end, this.text.slice(start, end), parts);
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

  private readStatement(typeId: number): Statement | undefined {
    const c = this.cursor;
    const symbols = this.symbols;
    const span = this.span();
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
          case ROLE_STATEMENT: {
            const statement = this.readStatement(id);
            if (statement) this.addPending(statement);
            break;
          }
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
    return { text: this.text.slice(start, end), span: this.lines.spanOf(start, end), unclosed };
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
    this.findings.push({ file: this.file, span: this.lines.spanOf(span.startIndex, firstLineEnd), severity: 'error', code, message });
  }
}
