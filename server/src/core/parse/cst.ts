/**
 * The part of a tree-sitter tree cursor Switchyard reads. Both web-tree-sitter and the native
 * binding provide it, so the model builder works on either; a cursor walk also avoids creating
 * a JS object per node, which matters on large files.
 */
export interface CstPoint {
  readonly row: number;
  readonly column: number;
}

export interface CstCursor {
  readonly nodeType: string;
  readonly nodeTypeId: number;
  readonly currentFieldId: number;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: CstPoint;
  readonly endPosition: CstPoint;
  readonly currentFieldName: string | null;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  /** Frees what the cursor holds outside the JS heap (web-tree-sitter's cursors live in wasm memory). */
  delete?(): void;
}

export interface CstTree {
  walk(): CstCursor;
  edit(edit: CstEdit): void;
  /**
   * Called on the old (edited) tree with the tree reparsed from it: the stretches whose syntax
   * changed beyond the edits themselves. Absent when the engine cannot tell (then every read of
   * the new tree starts afresh).
   */
  changedRanges?(newer: CstTree): readonly CstRange[] | undefined;
  delete?(): void;
}

/** A stretch of text in UTF-16 indices. */
export interface CstRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

export interface CstEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: CstPoint;
  oldEndPosition: CstPoint;
  newEndPosition: CstPoint;
}

/** Parses text of one dialect; `previous` (already edited) enables incremental reparsing. */
export interface CstParser {
  parse(text: string, previous?: CstTree): CstTree;
}
