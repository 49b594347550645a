// The pieces of the nginx grammar (syntaxes/src/nginx.mjs) that its rule groups share: what
// starts and ends a token as ngx_conf_read_token sees it, and regular-expression tokens.

export const R = String.raw;

// Zero-width checks for "at the start of a token" / "at the end of a token".
export const TS = R`(?<![^\s;{}])`;
export const TE = R`(?=[\s;{}]|$)`;
// Token start/end for argument values: also after `=` (`weight=5`), and
// before `)` (inside `if (...)`).
export const ARG_TS = R`(?<![^\s;{}=])`;
export const ARG_TE = R`(?=[\s;{})]|$)`;

// An unquoted token that does not start with a quote.
export const BARE = R`(?:[^\s;{}"'\\]|\\.)(?:[^\s;{}\\]|\\.)*`;
// The same, but inside `if (...)`: a trailing `)` closes the condition.
export const BARE_IN_CONDITION = R`(?:[^\s;{}"'\\]|\\.)(?:[^\s;{}\\]|\\.)*?(?=\)?(?:[\s;{]|$))`;

// Captures retokenized with `patterns` do not inherit the scopes of the
// enclosing captures, so regex content names its string.regexp scope itself.
export const regexContent = { name: 'string.regexp.nginx', patterns: [{ include: '#regex-content' }] };

// A regular expression token: double-quoted, single-quoted or bare.
// Uses 9 capture groups starting at `first`.
export function regexToken(first, bare = BARE) {
  const quoted = (q) => R`((${q})((?:[^${q}\\]|\\.)*)(${q}))`;
  const source = `(?:${quoted('"')}|${quoted("'")}|(${bare}))`;
  const captures = {};
  for (const offset of [0, 4]) {
    captures[first + offset] = { name: 'string.regexp.nginx' };
    captures[first + offset + 1] = { name: 'punctuation.definition.string.begin.nginx' };
    captures[first + offset + 2] = regexContent;
    captures[first + offset + 3] = { name: 'punctuation.definition.string.end.nginx' };
  }
  captures[first + 8] = regexContent;
  return { source, captures };
}

// The end of a directive that may take a block: its `;`, or the `}` of its block.
export const blockStatementEnd = {
  end: R`(;)|(\})`,
  endCaptures: {
    1: { name: 'punctuation.terminator.statement.nginx' },
    2: { name: 'punctuation.section.block.end.nginx' },
  },
};
