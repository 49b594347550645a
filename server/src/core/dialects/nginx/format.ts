import type { FormatRules } from '../../format/rules';

/**
 * nginx layout: four spaces per level, `;` ends a statement, continuation lines (a `log_format`
 * split over lines) keep their offset from the statement's first line, and the entries of
 * `map`/`geo`/`types`/`split_clients`/`charset_map`/`match` bodies get their values in a column.
 */
export const nginxFormatRules: FormatRules = {
  defaultIndent: { unit: { kind: 'spaces', size: 4 }, tabSize: 4 },
  terminator: ';',
  continuation: 'relative',
  alignedBodyTypes: new Set(['entry_block']),
  trimCommentEnd: true,
  emptyFile: '',
  blankLinesAfterComment: 1,
};
