import type { CstCursor } from '../parse/cst';
import { LineIndex, type Span } from '../text/span';
import type { Block, Comment, Finding, Statement } from './types';

/** Deeper blocks are not read into the model (see TreeReader.readBlock). */
export const MAX_NESTING = 200;

/** One child of a statement node, as the dialect builders see it. */
export interface Piece {
  readonly field: string | null;
  readonly type: string;
  readonly named: boolean;
  readonly missing: boolean;
  readonly span: Span;
  readonly text: string;
  /** Children of pieces that have inner structure the builders need (e.g. an nginx `condition`). */
  readonly parts?: readonly Piece[];
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

/**
 * Walks a tree-sitter tree once with a cursor and builds the dialect-neutral statements,
 * collecting syntax findings (ERROR and MISSING nodes) on the way.
 */
/**
 * Node type and field names by numeric id, filled lazily from the cursor. Reading ids instead of
 * names avoids a string conversion across the wasm/native boundary for every node.
 */
class SymbolNames {
  private readonly types: (string | undefined)[] = [];
  private readonly named: boolean[] = [];
  private readonly fields: (string | null | undefined)[] = [];

  typeOf(c: CstCursor): string {
    const id = c.nodeTypeId;
    let name = this.types[id];
    if (name === undefined) {
      name = c.nodeType;
      this.types[id] = name;
      this.named[id] = c.nodeIsNamed;
    }
    return name;
  }

  isNamed(c: CstCursor): boolean {
    this.typeOf(c);
    return this.named[c.nodeTypeId];
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
}

const namesByRules = new WeakMap<TreeReadingRules, SymbolNames>();

export class TreeReader {
  readonly findings: Finding[] = [];
  private depth = 0;
  private depthReported = false;
  private readonly names: SymbolNames;
  private readonly lines: LineIndex;

  constructor(
    private readonly cursor: CstCursor,
    readonly text: string,
    readonly file: string,
    private readonly rules: TreeReadingRules,
    lines?: LineIndex,
  ) {
    // Ids are the same for a grammar whichever engine parsed it (both come from one parser.c).
    let names = namesByRules.get(rules);
    if (!names) namesByRules.set(rules, (names = new SymbolNames()));
    this.names = names;
    this.lines = lines ?? new LineIndex(text);
  }

  span(): Span {
    const c = this.cursor;
    return this.lines.spanOf(c.startIndex, c.endIndex);
  }

  private type(): string {
    return this.names.typeOf(this.cursor);
  }

  private field(): string | null {
    return this.names.fieldOf(this.cursor);
  }

  /** Only zero-width nodes can be missing; asking only then saves a call per node. */
  private missing(span: Span): boolean {
    return span.startIndex === span.endIndex && this.cursor.nodeIsMissing;
  }

  /** Reads the children of the node under the cursor as a statement list. */
  readStatementList(): { statements: Statement[]; closed: boolean } {
    const statements: Statement[] = [];
    let closed = true;
    const c = this.cursor;
    if (!c.gotoFirstChild()) return { statements, closed };
    do {
      const type = this.type();
      if (type === '}') {
        if (c.startIndex === c.endIndex && c.nodeIsMissing) closed = false;
      } else if (type === 'comment') {
        statements.push(this.readComment());
      } else if (type === 'ERROR') {
        this.reportError();
        // Salvage: statements tree-sitter could still recognise inside the error.
        statements.push(...this.readStatementList().statements);
      } else if (this.rules.statementTypes.has(type)) {
        const statement = this.readStatement();
        if (statement) statements.push(statement);
      } else if (c.startIndex === c.endIndex && c.nodeIsMissing) {
        this.reportMissingToken(type);
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
    return { statements, closed };
  }

  private readComment(): Comment {
    const span = this.span();
    return { kind: 'comment', span, text: this.text.slice(span.startIndex, span.endIndex) };
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
    const { statements, closed } = this.readStatementList();
    this.depth--;
    return { span, children: statements, closed };
  }

  private readPiece(field: string | null): Piece {
    const c = this.cursor;
    const span = this.span();
    const type = this.type();
    const named = this.names.isNamed(c);
    const missing = this.missing(span);
    let parts: Piece[] | undefined;
    if (this.rules.structuredPieceTypes.has(type) && c.gotoFirstChild()) {
      parts = [];
      do {
        if (this.type() === 'ERROR') this.reportError();
        else parts.push(this.readPiece(this.field()));
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    return {
      field,
      type,
      named,
      missing,
      span,
      text: this.text.slice(span.startIndex, span.endIndex),
      parts,
    };
  }

  private readStatement(): Statement | undefined {
    const c = this.cursor;
    const span = this.span();
    const type = this.type();
    const pieces: Piece[] = [];
    const nested: Statement[] = [];
    let body: Block | undefined;
    let rawBody: RawStatement['rawBody'];
    let rawUnclosed = false;
    if (c.gotoFirstChild()) {
      do {
        const childType = this.type();
        const field = this.field();
        if (childType === 'ERROR') {
          this.reportError();
          nested.push(...this.readStatementList().statements);
        } else if (this.rules.blockTypes.has(childType)) {
          body = this.readBlock();
        } else if (this.rules.rawBodyTypes.has(childType)) {
          const read = this.readRawBody();
          rawBody = { text: read.text, span: read.span };
          rawUnclosed = read.unclosed;
        } else if (childType === 'comment') {
          nested.push(this.readComment());
        } else if (this.rules.statementTypes.has(childType)) {
          const statement = this.readStatement();
          if (statement) nested.push(statement);
        } else if (this.names.isNamed(c) || (c.startIndex === c.endIndex && c.nodeIsMissing)) {
          // Punctuation that is present tells nothing the node types do not; skip its allocation.
          pieces.push(this.readPiece(field));
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    const raw: RawStatement = { type, span, pieces, body, rawBody, nested };
    for (const piece of pieces) {
      if (piece.missing) {
        const { code, message, span: at } = this.rules.describeMissing(raw, piece);
        this.findings.push({ file: this.file, span: at, severity: 'error', code, message });
      }
    }
    const closed = body ? body.closed : !rawUnclosed;
    if (!closed) this.reportUnclosed(raw);
    return this.rules.buildStatement(raw, this);
  }

  private readRawBody(): { text: string; span: Span; unclosed: boolean } {
    const c = this.cursor;
    const outer = this.span();
    let unclosed = false;
    let start = { index: outer.startIndex, point: outer.start };
    let end = { index: outer.endIndex, point: outer.end };
    if (c.gotoFirstChild()) {
      do {
        const type = this.type();
        if (type === '{') {
          start = { index: c.endIndex, point: this.lines.pointAt(c.endIndex) };
        } else if (type === '}') {
          if (c.startIndex === c.endIndex && c.nodeIsMissing) unclosed = true;
          end = { index: c.startIndex, point: this.lines.pointAt(c.startIndex) };
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (end.index < start.index) end = start;
    const span: Span = { startIndex: start.index, endIndex: end.index, start: start.point, end: end.point };
    return { text: this.text.slice(span.startIndex, span.endIndex), span, unclosed };
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
