import { AnchoredSpan, type Anchor, type Span } from '../text/span';
import type { Finding } from './types';
import type { RawStatement, TreeReadingRules } from './readingRules';

/**
 * The syntax findings TreeReader reports while it reads (ERROR and MISSING nodes, unclosed and
 * too-deep blocks), worded for people. Each takes what the reader saw and returns the finding;
 * whether it pins the statement it sits in is the reader's business.
 */

/** An ERROR node at `span`: names its first token and points at the first line only. */
export function unexpectedInput(file: string, text: string, span: Span, anchor: Anchor): Finding {
  const found = text.slice(span.startIndex, span.endIndex).trim();
  const firstToken = found.split(/\s+/, 1)[0] ?? '';
  let message: string;
  let code = 'syntax/unexpected';
  if (found.length === 0) message = 'unexpected input';
  else if (firstToken === '}') {
    message = "unexpected '}': no block is open here";
    code = 'syntax/unexpected-close';
  } else message = `unexpected '${firstToken.length > 40 ? firstToken.slice(0, 40) + '…' : firstToken}'`;
  // Point at the first line only: an ERROR can swallow the rest of a file.
  const firstLineEnd = span.start.line === span.end.line ? span.endIndex : span.startIndex + Math.max(1, firstToken.length);
  const at = new AnchoredSpan(anchor, span.startIndex - anchor.offset, firstLineEnd - anchor.offset);
  return { file, span: at, severity: 'error', code, message };
}

/** A MISSING token of type `type` outside any statement's pieces. */
export function missingToken(file: string, span: Span, type: string): Finding {
  return { file, span, severity: 'error', code: 'syntax/missing-token', message: `expected '${type}'` };
}

/** The MISSING pieces of a statement, described by the dialect, pushed onto `findings`. */
export function reportMissingPieces(findings: Finding[], file: string, raw: RawStatement, rules: TreeReadingRules): void {
  for (const piece of raw.pieces) {
    if (piece.missing) {
      const { code, message, span } = rules.describeMissing(raw, piece);
      findings.push({ file, span, severity: 'error', code, message });
    }
  }
}

/** A statement whose block's closing brace is MISSING; the message quotes the opening line. */
export function unclosedBlock(file: string, raw: RawStatement, rules: TreeReadingRules): Finding {
  const opener = rules.describeOpener(raw);
  return {
    file,
    span: raw.pieces[0]?.span ?? raw.span,
    severity: 'error',
    code: 'syntax/unclosed-block',
    message: `unclosed block '${opener}' opened at line ${raw.span.start.line + 1}: add a '}'`,
  };
}

/** The first block nested deeper than `limit`; its inner part is not read. */
export function tooDeep(file: string, span: Span, limit: number): Finding {
  return {
    file,
    span,
    severity: 'warning',
    code: 'syntax/too-deep',
    message: `blocks are nested more than ${limit} levels deep here; the inner part is not analysed`,
  };
}
