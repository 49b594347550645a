/**
 * What the shared formatter needs to know about a dialect beyond its tree-reading rules (which
 * already say which nodes are statements, blocks, raw bodies and structured pieces). Each pack
 * provides one of these; the engine itself never names a dialect.
 */

/** How one level of nesting is written. */
export type IndentUnit = { readonly kind: 'spaces'; readonly size: number } | { readonly kind: 'tab' };

export interface IndentStyle {
  readonly unit: IndentUnit;
  /** How wide a tab is when measuring columns (original text and tab indentation alike). */
  readonly tabSize: number;
}

/**
 * Where a line that continues a statement starts:
 * - `relative`: at the same offset from the statement's first line as it was written, so that
 *   hand-aligned continuation lines (nginx `log_format`) stay aligned; at least one level deeper;
 * - `flat`: at the statement's own indentation (what `caddy fmt` does with address lists).
 */
export type ContinuationIndent = 'relative' | 'flat';

export interface FormatRules {
  /** Indentation when the caller does not choose one. */
  readonly defaultIndent: IndentStyle;
  /** The punctuation token that ends a statement (nginx `;`); none when lines end statements. */
  readonly terminator?: string;
  readonly continuation: ContinuationIndent;
  /** Bodies whose `key value…` entries get their first values aligned in a column (nginx `map`). */
  readonly alignedBodyTypes: ReadonlySet<string>;
  /**
   * Whether trailing blanks of a comment are dropped. `caddy fmt` copies comments byte for byte,
   * so the Caddy rules keep them to give the same output.
   */
  readonly trimCommentEnd: boolean;
  /**
   * The most blank lines kept after a comment line. One everywhere else; `caddy fmt` does not count
   * the line break that ends a comment and so keeps up to two there.
   */
  readonly blankLinesAfterComment: number;
  /** What a file without a single token becomes (`caddy fmt` always ends its output with a line break). */
  readonly emptyFile: '' | '\n';
}

export function indentWidth(style: IndentStyle): number {
  return style.unit.kind === 'tab' ? style.tabSize : style.unit.size;
}

/** The indentation style an editor asks for (LSP `FormattingOptions`). */
export function editorIndent(tabSize: number, insertSpaces: boolean): IndentStyle {
  const size = Number.isInteger(tabSize) && tabSize > 0 ? Math.min(tabSize, 16) : 4;
  return { unit: insertSpaces ? { kind: 'spaces', size } : { kind: 'tab' }, tabSize: size };
}
