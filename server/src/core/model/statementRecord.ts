import { Anchor, type LineIndex } from '../text/span';
import type { EditLog } from '../text/editLog';
import type { Finding, Statement } from './types';

const NO_FINDINGS: readonly Finding[] = [];

/**
 * What reading one statement node gave: the statement (undefined when the builder skipped the
 * node), the syntax findings inside it and how to find it again. It is also the anchor the
 * statement's spans are measured from, so moving a statement is one assignment.
 *
 * A read lists its records in document order, each followed by the records of the statements
 * inside it (`descendants` of them), so that a later read takes over a whole subtree as a slice.
 */
export class StatementRecord extends Anchor {
  statement: Statement | undefined = undefined;
  /** Every finding reported while reading the node, nested statements' included, in order. */
  findings: readonly Finding[] = NO_FINDINGS;
  descendants = 0;
  /** How many block levels the node holds, to keep a taken-over subtree within MAX_NESTING. */
  height = 0;
  /**
   * False when the result depends on more than the node's own text: a message that quotes a line
   * number, or a span a builder made as a plain object (it would not move with the anchor).
   */
  movable = true;

  constructor(
    offset: number,
    lines: LineIndex,
    /** The node's length and type: a node found at the mapped position must have both. */
    readonly length: number,
    readonly typeId: number,
  ) {
    super(offset, lines);
  }

  setFindings(findings: readonly Finding[]): void {
    this.findings = findings.length === 0 ? NO_FINDINGS : findings;
  }
}

/**
 * The records of the previous read of a document and the edits since, as the next read consults
 * them: statement nodes come in document order, so one forward-moving position finds each
 * candidate without a lookup table.
 */
export class PreviousRead {
  private next = 0;

  constructor(
    private readonly records: readonly StatementRecord[],
    private readonly log: EditLog,
  ) {}

  /**
   * The record of the unchanged statement node at [start, end) of the new text, if the previous
   * read has one of the same type and length that can move and nest `room` more block levels. It
   * is moved to `start`, given the new line index, and appended to `into` with its subtree.
   */
  takeOver(start: number, end: number, typeId: number, room: number, lines: LineIndex, into: StatementRecord[]): StatementRecord | undefined {
    if (this.log.touches(start, end)) return undefined;
    const previousStart = this.log.toPrevious(start);
    const records = this.records;
    let at = this.next;
    while (at < records.length && records[at].offset < previousStart) at++;
    this.next = at;
    for (let i = at; i < records.length && records[i].offset === previousStart; i++) {
      const record = records[i];
      if (record.length !== end - start || record.typeId !== typeId) continue;
      if (!record.movable || record.height > room) return undefined;
      const delta = start - previousStart;
      const last = i + record.descendants;
      for (let j = i; j <= last; j++) {
        const moved = records[j];
        moved.offset += delta;
        moved.lines = lines;
        into.push(moved);
      }
      this.next = last + 1;
      return record;
    }
    return undefined;
  }
}
