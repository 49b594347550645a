import type { FormatRules } from '../../format/rules';

/**
 * Caddyfile layout, following `caddy fmt` (Caddy 2.6): a tab per level, statements end with their
 * line, continuation lines (addresses after a trailing comma) at the statement's own indentation,
 * comments copied byte for byte, and up to two blank lines kept after a comment line (`caddy fmt`
 * does not count the line break that ends a comment).
 */
export const caddyFormatRules: FormatRules = {
  defaultIndent: { unit: { kind: 'tab' }, tabSize: 4 },
  continuation: 'flat',
  alignedBodyTypes: new Set(),
  trimCommentEnd: false,
  emptyFile: '\n',
  blankLinesAfterComment: 2,
};
