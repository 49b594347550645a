import type { CstParser } from '../parse/cst';
import type { DialectPack } from '../dialects/pack';
import { LineIndex } from '../text/span';
import { buildLayout, FormatRefusal, type Layout } from './layout';
import { entryPadding } from './alignment';
import { printLayout, type Printed } from './printer';
import { firstDifference, tokenStream, type TokenStream } from './tokenStream';
import type { IndentStyle } from './rules';

/**
 * The result of formatting: the new text, or the reason the text is left as it is. The formatter
 * refuses rather than guesses: files with syntax errors, and any output whose token stream or
 * second formatting would differ.
 */
export type FormatOutcome =
  | { readonly kind: 'formatted'; readonly text: string; readonly changed: boolean }
  | { readonly kind: 'refused'; readonly reason: string };

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

export function formatDetailed(request: FormatRequest): DetailedFormat | { readonly kind: 'refused'; readonly reason: string } {
  const { text, pack, parser } = request;
  const lines = new LineIndex(text);
  const at = (index: number): string => `line ${lines.pointAt(index).line + 1}`;
  try {
    const first = layoutOf(text, request);
    if (first.stream.syntaxError) {
      const { index, missing } = first.stream.syntaxError;
      return refuse(`it has a syntax error (${missing ? 'something missing' : 'unexpected text'} at ${at(index)}); fix it first`);
    }
    const printed = printLayout(text, first.layout, printSettings(text, first.layout, request));
    const second = layoutOf(printed.text, request);
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

  function refuse(reason: string): { readonly kind: 'refused'; readonly reason: string } {
    return { kind: 'refused', reason };
  }

  function layoutOf(source: string, req: FormatRequest): { layout: Layout; stream: TokenStream } {
    const tree = parser.parse(source);
    try {
      const stream = tokenStream(tree, source, pack.readingRules);
      // A tree with errors is not laid out: its shape says nothing reliable.
      const layout = stream.syntaxError ? { tokens: [], statements: [], bodies: [] } : buildLayout(tree, source, pack.readingRules, req.pack.formatRules);
      return { layout, stream };
    } finally {
      tree.delete?.();
    }
  }
}

function printSettings(text: string, layout: Layout, request: FormatRequest): Parameters<typeof printLayout>[2] {
  const rules = request.pack.formatRules;
  return { rules, indent: request.indent ?? rules.defaultIndent, padding: entryPadding(text, layout, (request.indent ?? rules.defaultIndent).tabSize) };
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

export { firstDifference };

function firstChange(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
