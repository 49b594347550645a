import type { CstCursor, CstEdit, CstPoint, CstRange, CstTree } from './cst';

/**
 * web-tree-sitter's trees, with a faster cursor.
 *
 * web-tree-sitter's TreeCursor keeps its state in four numbers and, for every read and every move,
 * copies them into a transfer buffer in wasm memory through a generic `setValue(ptr, value, type)`
 * (and back after a move). A walk of a 100k-line file makes millions of such calls, and the copies
 * cost several times the wasm work: ~350 ms per 750k nodes against ~110 ms when the copies are
 * plain stores into the module's HEAP32, as done here. The entry points are the same functions
 * web-tree-sitter calls (tree-sitter's lib/binding_web), found on the module object that
 * `Parser.init` fills in.
 */

/** The raw entry points, each reading the cursor from the transfer buffer (and moves writing it back). */
export interface TreeSitterModule {
  readonly HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_start_position_wasm(tree: number): void;
  _ts_tree_cursor_end_position_wasm(tree: number): void;
}

const ENTRY_POINTS: readonly (keyof TreeSitterModule)[] = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_is_named_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_start_position_wasm',
  '_ts_tree_cursor_end_position_wasm',
];

/** Whether the module object has every entry point (a later web-tree-sitter may rename them). */
export function isTreeSitterModule(module: object): module is TreeSitterModule {
  const candidate = module as Partial<Record<keyof TreeSitterModule, unknown>>;
  return candidate.HEAP32 instanceof Int32Array && ENTRY_POINTS.every((name) => typeof candidate[name] === 'function');
}

/** The members of web-tree-sitter's objects that its own code reads (declared @internal there). */
interface WebTree {
  /** The tree's address in wasm memory. */
  readonly 0: number;
  readonly language: { readonly types: readonly string[]; readonly fields: readonly (string | null)[] };
  walk(): WebTreeCursor;
  edit(edit: CstEdit): void;
  getChangedRanges(other: WebTree): CstRange[];
  delete(): void;
}

interface WebTreeCursor {
  0: number;
  1: number;
  2: number;
  3: number;
  delete(): void;
}

/** A web-tree-sitter tree whose `walk()` gives a `WasmCursor`. */
export class WasmTree implements CstTree {
  constructor(
    /** web-tree-sitter's Tree, e.g. to pass as the previous tree of an incremental parse. */
    readonly tree: object,
    private readonly module: TreeSitterModule,
  ) {}

  walk(): CstCursor {
    return new WasmCursor(this.module, this.tree as WebTree);
  }

  edit(edit: CstEdit): void {
    (this.tree as WebTree).edit(edit);
  }

  changedRanges(newer: CstTree): readonly CstRange[] | undefined {
    return newer instanceof WasmTree ? (this.tree as WebTree).getChangedRanges(newer.tree as WebTree) : undefined;
  }

  delete(): void {
    (this.tree as WebTree).delete();
  }
}

/**
 * A tree cursor that calls the wasm entry points itself. Its state is stored into the transfer
 * buffer before every call (other web-tree-sitter calls may have used the buffer in between) and
 * read back after every move.
 */
class WasmCursor implements CstCursor {
  private heap: Int32Array;
  /** web-tree-sitter's cursor, whose state this one takes over (and hands back to delete it). */
  private readonly wrapped: WebTreeCursor;
  /** Where the transfer buffer starts, in int32 units. */
  private readonly buffer: number;
  private readonly address: number;
  private state0: number;
  private state1: number;
  private state2: number;
  private state3: number;

  constructor(
    private readonly module: TreeSitterModule,
    private readonly tree: WebTree,
  ) {
    const cursor = tree.walk();
    this.wrapped = cursor;
    this.state0 = cursor[0];
    this.state1 = cursor[1];
    this.state2 = cursor[2];
    this.state3 = cursor[3];
    this.heap = module.HEAP32;
    this.buffer = module._ts_init() >> 2;
    this.address = tree[0];
  }

  get nodeTypeId(): number {
    this.store();
    return this.module._ts_tree_cursor_current_node_type_id_wasm(this.address);
  }

  get nodeType(): string {
    return this.tree.language.types[this.nodeTypeId] || 'ERROR';
  }

  get currentFieldId(): number {
    this.store();
    return this.module._ts_tree_cursor_current_field_id_wasm(this.address);
  }

  get currentFieldName(): string | null {
    return this.tree.language.fields[this.currentFieldId] ?? null;
  }

  get nodeIsNamed(): boolean {
    this.store();
    return this.module._ts_tree_cursor_current_node_is_named_wasm(this.address) === 1;
  }

  get nodeIsMissing(): boolean {
    this.store();
    return this.module._ts_tree_cursor_current_node_is_missing_wasm(this.address) === 1;
  }

  get startIndex(): number {
    this.store();
    return this.module._ts_tree_cursor_start_index_wasm(this.address);
  }

  get endIndex(): number {
    this.store();
    return this.module._ts_tree_cursor_end_index_wasm(this.address);
  }

  get startPosition(): CstPoint {
    this.store();
    this.module._ts_tree_cursor_start_position_wasm(this.address);
    return this.loadPoint();
  }

  get endPosition(): CstPoint {
    this.store();
    this.module._ts_tree_cursor_end_position_wasm(this.address);
    return this.loadPoint();
  }

  gotoFirstChild(): boolean {
    this.store();
    const moved = this.module._ts_tree_cursor_goto_first_child_wasm(this.address) === 1;
    this.load();
    return moved;
  }

  gotoNextSibling(): boolean {
    this.store();
    const moved = this.module._ts_tree_cursor_goto_next_sibling_wasm(this.address) === 1;
    this.load();
    return moved;
  }

  gotoParent(): boolean {
    this.store();
    const moved = this.module._ts_tree_cursor_goto_parent_wasm(this.address) === 1;
    this.load();
    return moved;
  }

  /** Frees the cursor's memory in the wasm heap (its state points there, and moves may reallocate it). */
  delete(): void {
    const cursor = this.wrapped;
    cursor[0] = this.state0;
    cursor[1] = this.state1;
    cursor[2] = this.state2;
    cursor[3] = this.state3;
    cursor.delete();
  }

  /** The module's HEAP32, renewed when the wasm memory has grown (which detaches the old view). */
  private view(): Int32Array {
    if (this.heap.length === 0) this.heap = this.module.HEAP32;
    return this.heap;
  }

  private store(): void {
    const heap = this.view();
    const at = this.buffer;
    heap[at] = this.state0;
    heap[at + 1] = this.state1;
    heap[at + 2] = this.state2;
    heap[at + 3] = this.state3;
  }

  private load(): void {
    const heap = this.view();
    const at = this.buffer;
    this.state0 = heap[at];
    this.state1 = heap[at + 1];
    this.state2 = heap[at + 2];
    this.state3 = heap[at + 3];
  }

  private loadPoint(): CstPoint {
    const heap = this.view();
    return { row: heap[this.buffer] >>> 0, column: heap[this.buffer + 1] >>> 0 };
  }
}
