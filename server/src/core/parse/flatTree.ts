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

/**
 * A tree cursor over the flat layout. A move copies the node's type, field and extent into plain
 * properties, which the reader reads for nearly every node: a property read costs a fraction of a
 * getter call until the JIT has inlined the getters, and a fresh CLI process reads much of a large
 * file before it has. (The moves repeat that copy rather than call a helper, for the same reason.)
 */
class FlatCursor implements CstCursor {
  nodeTypeId = 0;
  currentFieldId = 0;
  startIndex = 0;
  endIndex = 0;
  /** The current node's first word: symbol, flags and field. */
  private word = 0;
  private index = 0;
  /** Indexes of the ancestors of the current node. */
  private readonly parents: number[] = [];

  constructor(
    private readonly nodes: Int32Array,
    private readonly table: SymbolTable,
  ) {
    this.moveTo(0);
  }

  get nodeType(): string {
    const id = this.nodeTypeId;
    return id === ERROR_SYMBOL ? 'ERROR' : this.table.symbols[id];
  }

  get currentFieldName(): string | null {
    return this.table.fields[this.currentFieldId] ?? null;
  }

  get nodeIsNamed(): boolean {
    return (this.word & FLAG_NAMED) !== 0;
  }

  get nodeIsMissing(): boolean {
    return (this.word & FLAG_MISSING) !== 0;
  }

  // Positions are derived from indexes by the reader's LineIndex; the flat layout omits them.
  get startPosition(): CstPoint {
    return NO_POINT;
  }

  get endPosition(): CstPoint {
    return NO_POINT;
  }

  gotoFirstChild(): boolean {
    const nodes = this.nodes;
    const parent = this.index;
    if (nodes[parent * WIDTH + 3] === 0) return false;
    this.parents.push(parent);
    this.moveTo(parent + 1);
    return true;
  }

  gotoNextSibling(): boolean {
    const parents = this.parents;
    if (parents.length === 0) return false;
    const nodes = this.nodes;
    const parent = parents[parents.length - 1];
    const index = this.index + 1 + nodes[this.index * WIDTH + 3];
    if (index > parent + nodes[parent * WIDTH + 3]) return false;
    this.moveTo(index);
    return true;
  }

  gotoParent(): boolean {
    const parent = this.parents.pop();
    if (parent === undefined) return false;
    this.moveTo(parent);
    return true;
  }

  /** Reads the node at `index` into the cursor's plain properties (small enough for V8 to inline). */
  private moveTo(index: number): void {
    const nodes = this.nodes;
    const at = index * WIDTH;
    const word = nodes[at];
    this.index = index;
    this.word = word;
    this.nodeTypeId = word & 0xffff;
    this.currentFieldId = word >>> 20;
    this.startIndex = nodes[at + 1];
    this.endIndex = nodes[at + 2];
  }
}
