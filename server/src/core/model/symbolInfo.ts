import type { CstCursor } from '../parse/cst';
import type { TreeReadingRules } from './readingRules';

/**
 * What a node type is to the reader: one small integer per symbol id, so that the walk compares
 * numbers instead of looking type names up in sets. (A const enum: compiled to plain numbers.)
 */
export const enum Role {
  Unknown = 0,
  Other = 1,
  Statement = 2,
  Block = 3,
  RawBody = 4,
  Structured = 5,
  Comment = 6,
  Error = 7,
  OpenBrace = 8,
  CloseBrace = 9,
}

/** tree-sitter's id of ERROR nodes (ts_builtin_sym_error), the same in every grammar and engine. */
const ERROR_SYMBOL = 65535;

/**
 * Node type names, roles and field names by numeric id, filled lazily from the cursor. Reading ids
 * instead of names avoids a string conversion across the wasm/native boundary for every node.
 * Ids are the same for a grammar whichever engine parsed it (both come from one parser.c).
 */
export class SymbolInfo {
  /*
   * The reader indexes these tables itself in its per-node loops (a call per lookup costs several
   * times the lookup until the JIT has inlined it, which a fresh CLI process reading a large file
   * mostly runs without), and calls the methods below only for what it has not seen yet.
   */
  /** Role by type id; `Role.Unknown` until `learn` has seen the type. */
  readonly roles = new Uint8Array(ERROR_SYMBOL + 1);
  /** Type name and namedness by id, set by `learn` (but for ERROR, which `typeOf` and `isNamed` know). */
  readonly types: string[] = [];
  readonly named: boolean[] = [];
  /** Field names by field id, set by `fieldOf`; undefined until then. */
  readonly fields: (string | null)[] = [];

  constructor(private readonly rules: TreeReadingRules) {}

  /** The role of the node under the cursor, whose type id is `id`. */
  roleOf(c: CstCursor, id: number): Role {
    const role = this.roles[id];
    return role === Role.Unknown ? this.learn(c, id) : role;
  }

  typeOf(c: CstCursor, id: number): string {
    if (this.roles[id] === Role.Unknown) this.learn(c, id);
    return id === ERROR_SYMBOL ? 'ERROR' : this.types[id];
  }

  isNamed(c: CstCursor, id: number): boolean {
    if (this.roles[id] === Role.Unknown) this.learn(c, id);
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

  /** Looks up the type of the node under the cursor, whose type id is `id`, and gives its role. */
  learn(c: CstCursor, id: number): Role {
    const type = id === ERROR_SYMBOL ? 'ERROR' : c.nodeType;
    const rules = this.rules;
    let role = Role.Other;
    if (type === 'ERROR') role = Role.Error;
    else if (type === 'comment') role = Role.Comment;
    else if (type === '{') role = Role.OpenBrace;
    else if (type === '}') role = Role.CloseBrace;
    else if (rules.statementTypes.has(type)) role = Role.Statement;
    else if (rules.blockTypes.has(type)) role = Role.Block;
    else if (rules.rawBodyTypes.has(type)) role = Role.RawBody;
    else if (rules.structuredPieceTypes.has(type)) role = Role.Structured;
    if (id !== ERROR_SYMBOL) {
      this.types[id] = type;
      this.named[id] = c.nodeIsNamed;
    }
    this.roles[id] = role;
    return role;
  }
}

const symbolsByRules = new WeakMap<TreeReadingRules, SymbolInfo>();

/** The symbol table of a dialect's rules, shared by every reader of that dialect. */
export function symbolsFor(rules: TreeReadingRules): SymbolInfo {
  let symbols = symbolsByRules.get(rules);
  if (!symbols) symbolsByRules.set(rules, (symbols = new SymbolInfo(rules)));
  return symbols;
}
