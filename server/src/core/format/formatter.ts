import type { CstParser } from '../parse/cst';
import type { DialectPack } from '../dialects/pack';
import { LineIndex } from '../text/span';
import { modelFromTree } from '../document';
import { buildLayout, FormatRefusal, type Layout } from './layout';
import { entryPadding } from './alignment';
import { printLayout, type Printed, type PrintSettings } from './printer';
import { firstDifference, tokenStream, type TokenStream } from './tokenStream';
import type { IndentStyle } from './rules';

/**
 * The result of formatting: the new text, or the reason the text is left as it is. The formatter
 * refuses rather than guesses: files with syntax errors, and any output whose token stream or
 * second formatting would differ.
 */
export type FormatOutcome = { readonly kind: 'formatted'; readonly text: string; readonly changed: boolean } | Refusal;

/** Why a text is left as it is, in words for a CLI message or a server log. */
export interface Refusal {
  readonly kind: 'refused';
  readonly reason: string;
}

/** A successful format with what range formatting needs to map tokens to their new place. */
export interface DetailedFormat {
  readonly kind: 'formatted';
  readonly text: string;
  readonly layout: Layout;
  readonly printed: Printed;
  /** The input's token stream, to check any partial result against. */
  readonly stream: TokenStream;
}

export interface FormatRequest {
  readonly text: string;
  readonly pack: DialectPack;
  /**
   * Must give complete trees, punctuation included (web-tree-sitter): the native engine's flat
   * trees leave out nodes the formatter needs (it then refuses, it does not guess).
   */
  readonly parser: CstParser;
  /** Defaults to the dialect's canonical indentation. */
  readonly indent?: IndentStyle;
}

/** Formats a whole text, or says why not. */
export function formatText(request: FormatRequest): FormatOutcome {
  const result = formatDetailed(request);
  if (result.kind === 'refused') return result;
  return { kind: 'formatted', text: result.text, changed: result.text !== request.text };
}

/** Formats a whole text, keeping what range formatting needs; refuses as `formatText` does. */
export function formatDetailed(request: FormatRequest): DetailedFormat | Refusal {
  const { text, pack, parser } = request;
  const lines = new LineIndex(text);
  const at = (index: number): string => `line ${lines.pointAt(index).line + 1}`;
  try {
    const first = layoutOf(text);
    if (first.stream.syntaxError) return refuse(`it has a syntax error (${syntaxProblem(first.stream.syntaxError)}); fix it first`);
    const printed = printLayout(text, first.layout, printSettings(text, first.layout, request));
    const second = layoutOf(printed.text);
    const printedLines = new LineIndex(printed.text);
    if (second.stream.syntaxError) {
      return refuse(`formatting would break the syntax (output line ${printedLines.pointAt(second.stream.syntaxError.index).line + 1}); left unchanged`);
    }
    const difference = firstDifference(first.stream, second.stream);
    if (difference) {
      const where = difference.before ? at(difference.before.index) : 'the end';
      return refuse(`formatting would change the tokens at ${where}; left unchanged`);
    }
    const again = printLayout(printed.text, second.layout, printSettings(printed.text, second.layout, request));
    if (again.text !== printed.text) {
      const index = firstChange(printed.text, again.text);
      return refuse(`formatting is not stable at output line ${printedLines.pointAt(index).line + 1}; left unchanged`);
    }
    return { kind: 'formatted', text: printed.text, layout: first.layout, printed, stream: first.stream };
  } catch (error) {
    if (error instanceof FormatRefusal) return refuse(error.index === undefined ? error.message : `${error.message} (${at(error.index)})`);
    throw error;
  }

  function refuse(reason: string): Refusal {
    return { kind: 'refused', reason };
  }

  /** The model's own words for the first syntax problem (what `check` says), else the bare place. */
  function syntaxProblem(error: NonNullable<TokenStream['syntaxError']>): string {
    const tree = parser.parse(text);
    try {
      const finding = modelFromTree(tree, text, '', pack, lines).syntaxFindings.find((f) => f.severity === 'error');
      if (finding) return `${at(finding.span.startIndex)}: ${finding.message}`;
    } finally {
      tree.delete?.();
    }
    return `${error.missing ? 'something missing' : 'unexpected text'} at ${at(error.index)}`;
  }

  function layoutOf(source: string): { layout: Layout; stream: TokenStream } {
    const tree = parser.parse(source);
    try {
      const stream = tokenStream(tree, source, pack.readingRules);
      // A tree with errors is not laid out: its shape says nothing reliable.
      const layout = stream.syntaxError ? { tokens: [], statements: [], bodies: [] } : buildLayout(tree, source, pack.readingRules, pack.formatRules);
      return { layout, stream };
    } finally {
      tree.delete?.();
    }
  }
}

function printSettings(text: string, layout: Layout, request: FormatRequest): PrintSettings {
  const rules = request.pack.formatRules;
  const indent = request.indent ?? rules.defaultIndent;
  return { rules, indent, padding: entryPadding(text, layout, indent.tabSize) };
}

/** The streams of an input, for checking a partial result (range formatting) against it. */
export function streamOf(text: string, pack: DialectPack, parser: CstParser): TokenStream {
  const tree = parser.parse(text);
  try {
    return tokenStream(tree, text, pack.readingRules);
  } finally {
    tree.delete?.();
  }
}

function firstChange(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
