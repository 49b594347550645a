import type { CstParser, CstTree } from './parse/cst';
import type { DialectPack } from './dialects/pack';
import type { ConfigFile } from './model/types';
import { TreeReader, type ReadOptions } from './model/readTree';
import { PreviousRead, type StatementRecord } from './model/statementRecord';
import { EditLog } from './text/editLog';
import { LineIndex, type Point } from './text/span';

/** One text change: replace [start, end) of the previous text with `text`. */
export interface TextChange {
  readonly start: Point;
  readonly end: Point;
  readonly text: string;
}

/** Builds the model of a text from its tree (pure: no I/O). */
export function modelFromTree(tree: CstTree, text: string, filePath: string, pack: DialectPack, lines?: LineIndex): ConfigFile {
  return readModel(tree, text, filePath, pack, { lines }).file;
}

function readModel(tree: CstTree, text: string, filePath: string, pack: DialectPack, options: ReadOptions): { file: ConfigFile; reader: TreeReader } {
  const cursor = tree.walk();
  try {
    const reader = new TreeReader(cursor, text, filePath, pack.readingRules, options);
    const { statements } = reader.readStatementList();
    return { file: { path: filePath, dialect: pack.dialect, statements, syntaxFindings: reader.findings }, reader };
  } finally {
    cursor.delete?.();
  }
}

/** Past this many edits between two reads, reading afresh is simpler than mapping positions back. */
const MAX_LOGGED_EDITS = 256;

/**
 * A document being edited: its text, tree and model. Edits are applied to the old tree with
 * `tree.edit` and reparsed incrementally, so a keystroke costs in proportion to what changed.
 *
 * The model is read lazily, and incrementally too: statements whose text and syntax no edit
 * touched are taken over from the previous model (moved, not copied), so they keep their object
 * identity across edits — analyses may memoise per-statement results in a WeakMap keyed by the
 * statement (or its block). Their spans are views measured from the statement's position, so a
 * memoised result that holds the model's span objects stays right after the statement moved; one
 * that copied numbers out of them does not. A model is valid until the next edit: the
 * statements it shares with the next model move with it.
 */
export class ParsedDocument {
  private tree: CstTree;
  private lines: LineIndex;
  private cachedModel: ConfigFile | undefined;
  /** The statement records of the last read; undefined when the next read starts afresh. */
  private records: readonly StatementRecord[] | undefined;
  /** The edits since the last read and what the parser restructured. */
  private readonly log = new EditLog();

  constructor(
    readonly path: string,
    readonly pack: DialectPack,
    private readonly parser: CstParser,
    private currentText: string,
  ) {
    this.tree = parser.parse(currentText);
    this.lines = new LineIndex(currentText);
  }

  get text(): string {
    return this.currentText;
  }

  get lineIndex(): LineIndex {
    return this.lines;
  }

  get model(): ConfigFile {
    this.cachedModel ??= this.read();
    return this.cachedModel;
  }

  private read(): ConfigFile {
    const records = this.records;
    const previous = records && this.log.size <= MAX_LOGGED_EDITS ? new PreviousRead(records, this.log) : undefined;
    // If the read fails half-way, the previous records may have moved: never reuse them.
    this.records = undefined;
    const { file, reader } = readModel(this.tree, this.currentText, this.path, this.pack, { lines: this.lines, record: true, previous });
    this.records = reader.records;
    this.log.clear();
    return file;
  }

  /** Applies changes in order (LSP semantics: each change's range refers to the text after the previous one). */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      const startIndex = this.lines.indexAt(change.start);
      const oldEndIndex = this.lines.indexAt(change.end);
      const text = this.currentText.slice(0, startIndex) + change.text + this.currentText.slice(oldEndIndex);
      const newEndIndex = startIndex + change.text.length;
      const newLines = this.lines.edited(text, startIndex, oldEndIndex, change.text);
      const startPoint = this.lines.pointAt(startIndex);
      const oldEndPoint = this.lines.pointAt(oldEndIndex);
      const newEndPoint = newLines.pointAt(newEndIndex);
      this.tree.edit({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition: { row: startPoint.line, column: startPoint.column },
        oldEndPosition: { row: oldEndPoint.line, column: oldEndPoint.column },
        newEndPosition: { row: newEndPoint.line, column: newEndPoint.column },
      });
      this.log.add({ start: startIndex, oldEnd: oldEndIndex, newEnd: newEndIndex });
      this.currentText = text;
      this.lines = newLines;
    }
    const previous = this.tree;
    this.tree = this.parser.parse(this.currentText, previous);
    const changed = previous.changedRanges?.(this.tree);
    if (changed) for (const range of changed) this.log.markChanged(range.startIndex, range.endIndex);
    else this.records = undefined;
    previous.delete?.();
    this.cachedModel = undefined;
  }

  /** Replaces the whole text (full sync). */
  replaceText(text: string): void {
    const previous = this.tree;
    this.currentText = text;
    this.lines = new LineIndex(text);
    this.tree = this.parser.parse(text);
    previous.delete?.();
    this.cachedModel = undefined;
    this.records = undefined;
    this.log.clear();
  }

  dispose(): void {
    this.tree.delete?.();
  }
}
