import type { CstCursor, CstTree } from '../parse/cst';
import type { TreeReadingRules } from '../model/readTree';
import { MAX_NESTING } from '../model/readTree';
import type { FormatRules } from './rules';

/**
 * The formatter's view of a file: its tokens in order, each with the part it plays in the layout.
 * Token text is never rewritten; the printer only decides the whitespace between tokens.
 *
 * - `atom`: an argument, name, address, operator… copied as written (quotes, heredocs included);
 * - `comment`: `#…` to the end of its line;
 * - `open` / `close`: the braces of a block;
 * - `terminator`: the punctuation that ends a statement (nginx `;`);
 * - `verbatim`: a body copied as written, with the line break before it (nginx `*_by_lua_block`).
 */
export type TokenRole = 'atom' | 'comment' | 'open' | 'close' | 'terminator' | 'verbatim';

/**
 * How a token starts relative to the previous one: as the first token of a statement in a list,
 * of a statement nested directly in another one (a Caddy site without braces), or inside its
 * statement.
 */
export type TokenLead = 'statement' | 'nested' | 'inner';

export interface LayoutToken {
  readonly role: TokenRole;
  readonly start: number;
  readonly end: number;
  /** Nesting depth of the statement the token belongs to. */
  readonly depth: number;
  /** Index of that statement in `Layout.statements`. */
  readonly owner: number;
  readonly lead: TokenLead;
}

export interface LayoutStatement {
  readonly depth: number;
  readonly isComment: boolean;
  /** Index of its first token. */
  readonly first: number;
  /** Index of its last token (the closing brace for a statement with a body). */
  last: number;
}

/** A statement list inside braces whose entries get aligned (see alignment.ts). */
export interface LayoutBody {
  readonly type: string;
  readonly members: number[];
}

export interface Layout {
  readonly tokens: readonly LayoutToken[];
  readonly statements: readonly LayoutStatement[];
  /** The bodies of the dialect's aligned types, in file order. */
  readonly bodies: readonly LayoutBody[];
}

/** The file cannot be laid out safely; the message says why in plain words. */
export class FormatRefusal extends Error {
  constructor(
    message: string,
    /** Where the problem is, as a string index, when there is one place. */
    readonly index?: number,
  ) {
    super(message);
  }
}

/** Walks a complete tree (every node, punctuation included) and lists its tokens for the printer. */
export function buildLayout(tree: CstTree, text: string, reading: TreeReadingRules, rules: FormatRules): Layout {
  const cursor = tree.walk();
  try {
    const builder = new LayoutBuilder(cursor, text, reading, rules);
    builder.readList(0, undefined);
    return { tokens: builder.tokens, statements: builder.statements, bodies: builder.bodies };
  } finally {
    cursor.delete?.();
  }
}

class LayoutBuilder {
  readonly tokens: LayoutToken[] = [];
  readonly statements: LayoutStatement[] = [];
  readonly bodies: LayoutBody[] = [];

  constructor(
    private readonly c: CstCursor,
    private readonly text: string,
    private readonly reading: TreeReadingRules,
    private readonly rules: FormatRules,
  ) {}

  /**
   * The children of the node under the cursor as a statement list at `depth`; its braces belong to
   * `owner` (the statement whose body it is), one level up.
   */
  readList(depth: number, owner: number | undefined): void {
    const c = this.c;
    if (depth > MAX_NESTING) throw new FormatRefusal(`blocks are nested more than ${MAX_NESTING} levels deep`, c.startIndex);
    const body: LayoutBody = { type: c.nodeType, members: [] };
    if (this.rules.alignedBodyTypes.has(body.type)) this.bodies.push(body);
    if (!c.gotoFirstChild()) return;
    do {
      if (c.startIndex === c.endIndex) continue;
      const type = c.nodeType;
      if (owner !== undefined && !c.nodeIsNamed && (type === '{' || type === '}')) {
        this.push(type === '{' ? 'open' : 'close', depth - 1, owner, 'inner');
      } else if (type === 'comment') {
        body.members.push(this.startStatement(depth, true));
        this.push('comment', depth, this.statements.length - 1, 'statement');
        this.endStatement();
      } else if (this.reading.statementTypes.has(type)) {
        body.members.push(this.readStatement(depth, 'statement', undefined));
      } else {
        throw new FormatRefusal(`unexpected '${type}' in a statement list`, c.startIndex);
      }
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /**
   * The statement under the cursor. `into` set: it continues that statement on the same line
   * (a Caddy one-line matcher definition's matcher), so its tokens belong to it.
   */
  private readStatement(depth: number, lead: TokenLead, into: number | undefined): number {
    const c = this.c;
    const id = into ?? this.startStatement(depth, false);
    let next: TokenLead = lead;
    if (!c.gotoFirstChild()) throw new FormatRefusal(`empty '${c.nodeType}'`, c.startIndex);
    do {
      if (c.startIndex === c.endIndex) continue;
      const type = c.nodeType;
      if (this.reading.blockTypes.has(type)) this.readList(depth + 1, id);
      else if (this.reading.rawBodyTypes.has(type)) this.readRawBody(depth, id);
      else if (this.reading.statementTypes.has(type)) {
        if (this.startsLine(c.startIndex)) {
          // Statements written on their own lines inside another one: a Caddy site without
          // braces owns its directives directly.
          this.readStatement(depth, 'nested', undefined);
          next = 'inner';
          continue;
        }
        this.readStatement(depth, next, id);
      } else if (type === 'comment') this.push('comment', depth, id, next);
      else if (!c.nodeIsNamed && type === this.rules.terminator) this.push('terminator', depth, id, next);
      else if (this.reading.structuredPieceTypes.has(type)) this.readPieces(depth, id, next);
      else this.push('atom', depth, id, next);
      next = 'inner';
    } while (c.gotoNextSibling());
    c.gotoParent();
    if (into === undefined) this.endStatement(id);
    return id;
  }

  /** A structured piece (nginx `if` condition): its parts are laid out as separate tokens. */
  private readPieces(depth: number, owner: number, lead: TokenLead): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let next = lead;
    do {
      if (c.startIndex === c.endIndex) continue;
      this.push(c.nodeType === 'comment' ? 'comment' : 'atom', depth, owner, next);
      next = 'inner';
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /** A body kept as written: its braces, and everything between them as one verbatim token. */
  private readRawBody(depth: number, owner: number): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (c.startIndex === c.endIndex) continue;
      const type = c.nodeType;
      if (!c.nodeIsNamed && type === '{') this.push('open', depth, owner, 'inner');
      else if (!c.nodeIsNamed && type === '}') this.push('close', depth, owner, 'inner');
      else this.push('verbatim', depth, owner, 'inner');
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  private startsLine(index: number): boolean {
    const previous = this.tokens[this.tokens.length - 1];
    return previous !== undefined && this.text.slice(previous.end, index).includes('\n');
  }

  private startStatement(depth: number, isComment: boolean): number {
    this.statements.push({ depth, isComment, first: this.tokens.length, last: this.tokens.length });
    return this.statements.length - 1;
  }

  private endStatement(id = this.statements.length - 1): void {
    this.statements[id].last = this.tokens.length - 1;
  }

  private push(role: TokenRole, depth: number, owner: number, lead: TokenLead): void {
    const c = this.c;
    this.tokens.push({ role, start: c.startIndex, end: c.endIndex, depth, owner, lead });
  }
}
