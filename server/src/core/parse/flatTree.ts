import type { CstCursor, CstEdit, CstPoint, CstTree } from './cst';

/** What a grammar's native binding exports for bulk reading (grammars/common/flat_tree.h). */
export interface FlatTreeBinding {
  /** `childModes[symbol]`: which children of such nodes to export (0 none, 1 named, 2 all); default all. */
  parseFlat(text: string, childModes?: Uint8Array): Int32Array;
  symbolTable(): { symbols: string[]; named: boolean[]; fields: (string | null)[] };
}

// Layout of grammars/common/flat_tree.h: per node [symbol | flags << 16 | field << 20, start, end, descendants].
const WIDTH = 4;
const ERROR_SYMBOL = 65535;
const FLAG_NAMED = 1 << 16;
const FLAG_MISSING = 2 << 16;

export interface SymbolTable {
  readonly symbols: readonly string[];
  readonly fields: readonly (string | null)[];
}

/**
 * A tree already read out of tree-sitter into one Int32Array; not editable (full parses only). It
 * may hold only part of the nodes (see `parseFlat`'s childModes): a leaf here can have children in
 * tree-sitter's tree.
 */
export class FlatTree implements CstTree {
  constructor(
    private readonly nodes: Int32Array,
    private readonly table: SymbolTable,
  ) {}

  walk(): CstCursor {
    return new FlatCursor(this.nodes, this.table);
  }

  edit(_edit: CstEdit): void {
    throw new Error('a flat tree is read-only; reparse the text instead');
  }
}

const NO_POINT: CstPoint = { row: 0, column: 0 };

/** A tree cursor over the flat layout: moving and reading are plain array accesses. */
class FlatCursor implements CstCursor {
  private index = 0;
  /** Indexes of the ancestors of the current node. */
  private readonly parents: number[] = [];

  constructor(
    private readonly nodes: Int32Array,
    private readonly table: SymbolTable,
  ) {}

  get nodeTypeId(): number {
    return this.nodes[this.index * WIDTH] & 0xffff;
  }

  get nodeType(): string {
    const id = this.nodeTypeId;
    return id === ERROR_SYMBOL ? 'ERROR' : this.table.symbols[id];
  }

  get currentFieldId(): number {
    return this.nodes[this.index * WIDTH] >>> 20;
  }

  get currentFieldName(): string | null {
    return this.table.fields[this.currentFieldId] ?? null;
  }

  get startIndex(): number {
    return this.nodes[this.index * WIDTH + 1];
  }

  get endIndex(): number {
    return this.nodes[this.index * WIDTH + 2];
  }

  get nodeIsNamed(): boolean {
    return (this.nodes[this.index * WIDTH] & FLAG_NAMED) !== 0;
  }

  get nodeIsMissing(): boolean {
    return (this.nodes[this.index * WIDTH] & FLAG_MISSING) !== 0;
  }

  // Positions are derived from indexes by the reader's LineIndex; the flat layout omits them.
  get startPosition(): CstPoint {
    return NO_POINT;
  }

  get endPosition(): CstPoint {
    return NO_POINT;
  }

  gotoFirstChild(): boolean {
    if (this.nodes[this.index * WIDTH + 3] === 0) return false;
    this.parents.push(this.index);
    this.index++;
    return true;
  }

  gotoNextSibling(): boolean {
    if (this.parents.length === 0) return false;
    const parent = this.parents[this.parents.length - 1];
    const next = this.index + 1 + this.nodes[this.index * WIDTH + 3];
    if (next > parent + this.nodes[parent * WIDTH + 3]) return false;
    this.index = next;
    return true;
  }

  gotoParent(): boolean {
    const parent = this.parents.pop();
    if (parent === undefined) return false;
    this.index = parent;
    return true;
  }
}
