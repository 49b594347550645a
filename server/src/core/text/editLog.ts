/** One replacement in index terms: [start, oldEnd) of the text before it became [start, newEnd). */
export interface IndexEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** A stretch of the current text, both ends included. */
interface Stretch {
  start: number;
  end: number;
}

/**
 * The edits made to a text since it was last read into a model: which stretches of the current
 * text may read differently (the edits themselves and what the parser says it restructured), and
 * where an index outside them was in the text that was read.
 */
export class EditLog {
  private readonly edits: IndexEdit[] = [];
  /** Sorted, disjoint, in current-text indices. */
  private changed: Stretch[] = [];

  get size(): number {
    return this.edits.length;
  }

  /** Records an edit of the current text; stretches recorded before move with the text. */
  add(edit: IndexEdit): void {
    const { start, oldEnd, newEnd } = edit;
    const delta = newEnd - oldEnd;
    for (const stretch of this.changed) {
      // Ends inside the replaced text widen to the replacement; the rest move with the text.
      stretch.start = stretch.start <= start ? stretch.start : stretch.start >= oldEnd ? stretch.start + delta : start;
      stretch.end = stretch.end <= start ? stretch.end : stretch.end >= oldEnd ? stretch.end + delta : newEnd;
    }
    this.edits.push(edit);
    this.markChanged(start, newEnd);
  }

  /** Records a stretch of the current text whose syntax changed (e.g. tree-sitter's changed ranges). */
  markChanged(start: number, end: number): void {
    const merged: Stretch[] = [];
    let fresh: Stretch = { start, end };
    let placed = false;
    for (const stretch of this.changed) {
      if (stretch.end < fresh.start) merged.push(stretch);
      else if (fresh.end < stretch.start) {
        if (!placed) merged.push(fresh);
        placed = true;
        merged.push(stretch);
      } else fresh = { start: Math.min(fresh.start, stretch.start), end: Math.max(fresh.end, stretch.end) };
    }
    if (!placed) merged.push(fresh);
    this.changed = merged;
  }

  /**
   * Whether [start, end] meets a changed stretch; touching counts, so that a token grown at its
   * edge or a statement whose neighbour changed at its boundary is read again.
   */
  touches(start: number, end: number): boolean {
    for (const stretch of this.changed) {
      if (stretch.start > end) return false;
      if (stretch.end >= start) return true;
    }
    return false;
  }

  /** Where an index of the current text that no edit touched was in the text last read. */
  toPrevious(index: number): number {
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const edit = this.edits[i];
      if (index >= edit.newEnd) index -= edit.newEnd - edit.oldEnd;
    }
    return index;
  }

  clear(): void {
    this.edits.length = 0;
    this.changed = [];
  }
}
