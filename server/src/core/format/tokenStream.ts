import type { CstTree } from '../parse/cst';
import type { TreeReadingRules } from '../model/readTree';

/**
 * One entry of a file's token stream: a leaf of the tree (its type and exact text), the text
 * between the children of a token that has inner structure (a word around its variables), or the
 * start or end of a node, so that the same tokens grouped into other statements also differ.
 */
export interface StreamItem {
  readonly key: string;
  /** Where it is, for messages. */
  readonly index: number;
}

export interface TokenStream {
  readonly items: readonly StreamItem[];
  /** The first ERROR or MISSING node, when the tree has one. */
  readonly syntaxError?: { readonly index: number; readonly missing: boolean };
}

/**
 * The token stream of a tree, whitespace between tokens left out: what must stay identical when
 * only layout changes. Whitespace is dropped only between the children of layout nodes
 * (statements, blocks, structured pieces and the file); inside a token (a quoted string around a
 * placeholder) it is part of the text. Comments are compared without trailing blanks.
 */
export function tokenStream(tree: CstTree, text: string, reading: TreeReadingRules): TokenStream {
  const layoutTypes = new Set([...reading.statementTypes, ...reading.blockTypes, ...reading.rawBodyTypes, ...reading.structuredPieceTypes]);
  const items: StreamItem[] = [];
  let syntaxError: TokenStream['syntaxError'];
  const c = tree.walk();
  try {
    let depth = 0;
    // Iterative pre-order walk: hostile inputs nest deeper than the JS stack allows.
    const childEnds: number[] = [];
    const layoutStack: boolean[] = [];
    for (;;) {
      const type = c.nodeType;
      const start = c.startIndex;
      const end = c.endIndex;
      // MISSING nodes are empty: asking only then saves a call into the parser per node.
      if (!syntaxError && (type === 'ERROR' || (start === end && c.nodeIsMissing))) syntaxError = { index: start, missing: type !== 'ERROR' };
      if (depth > 0) {
        // The text between the previous sibling (or the parent's start) and this node.
        gap(childEnds[depth - 1], start, layoutStack[depth - 1]);
      }
      if (c.gotoFirstChild()) {
        items.push({ key: `(${type}`, index: start });
        childEnds[depth] = start;
        layoutStack[depth] = depth === 0 || layoutTypes.has(type);
        depth++;
        continue;
      }
      // A file with no tokens at all is a childless root: whitespace, nothing to compare.
      if (end > start && depth > 0) {
        const leaf = text.slice(start, end);
        items.push({ key: `${type}\u0000${type === 'comment' ? leaf.trimEnd() : leaf}`, index: start });
      }
      // Move to the next node in pre-order, closing the nodes left on the way up.
      let moved = false;
      let lastEnd = end;
      while (!moved) {
        if (depth > 0) childEnds[depth - 1] = lastEnd;
        if (c.gotoNextSibling()) {
          moved = true;
          break;
        }
        if (depth === 0 || !c.gotoParent()) break;
        depth--;
        lastEnd = c.endIndex;
        gap(childEnds[depth], lastEnd, layoutStack[depth]);
        items.push({ key: ')', index: lastEnd });
      }
      if (!moved) break;
    }
  } finally {
    c.delete?.();
  }
  return { items, syntaxError };

  function gap(from: number, to: number, inLayoutNode: boolean): void {
    if (to <= from) return;
    const between = text.slice(from, to);
    const kept = inLayoutNode ? between.replace(/\s+/g, '') : between;
    if (kept) items.push({ key: `\u0001${kept}`, index: from });
  }
}

/** The first place where two token streams differ, or undefined when they are identical. */
export function firstDifference(a: TokenStream, b: TokenStream): { before: StreamItem | undefined; after: StreamItem | undefined } | undefined {
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const x = a.items[i];
    const y = b.items[i];
    if (x?.key !== y?.key) return { before: x, after: y };
  }
  return undefined;
}
