import type { CstParser, CstTree } from './parse/cst';
import type { DialectPack } from './dialects/pack';
import type { ConfigFile } from './model/types';
import { TreeReader } from './model/readTree';
import { LineIndex, type Point } from './text/span';

/** One text change: replace [start, end) of the previous text with `text`. */
export interface TextChange {
  readonly start: Point;
  readonly end: Point;
  readonly text: string;
}

/** Builds the model of a text from its tree (pure: no I/O). */
export function modelFromTree(tree: CstTree, text: string, filePath: string, pack: DialectPack, lines?: LineIndex): ConfigFile {
  const cursor = tree.walk();
  try {
    const reader = new TreeReader(cursor, text, filePath, pack.readingRules, lines);
    const { statements } = reader.readStatementList();
    return { path: filePath, dialect: pack.dialect, statements, syntaxFindings: reader.findings };
  } finally {
    cursor.delete?.();
  }
}

/**
 * A document being edited: its text, tree and model. Edits are applied to the old tree with
 * `tree.edit` and reparsed incrementally, so a keystroke costs in proportion to what changed.
 */
export class ParsedDocument {
  private tree: CstTree;
  private lines: LineIndex;
  private cachedModel: ConfigFile | undefined;

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
    this.cachedModel ??= modelFromTree(this.tree, this.currentText, this.path, this.pack, this.lines);
    return this.cachedModel;
  }

  /** Applies changes in order (LSP semantics: each change's range refers to the text after the previous one). */
  applyChanges(changes: readonly TextChange[]): void {
    for (const change of changes) {
      const startIndex = this.lines.indexAt(change.start);
      const oldEndIndex = this.lines.indexAt(change.end);
      const text = this.currentText.slice(0, startIndex) + change.text + this.currentText.slice(oldEndIndex);
      const newEndIndex = startIndex + change.text.length;
      const newLines = new LineIndex(text);
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
      this.currentText = text;
      this.lines = newLines;
    }
    const previous = this.tree;
    this.tree = this.parser.parse(this.currentText, previous);
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
  }

  dispose(): void {
    this.tree.delete?.();
  }
}
