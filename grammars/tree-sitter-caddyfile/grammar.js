/**
 * tree-sitter grammar for the Caddyfile (Caddy 2), written for Switchyard.
 *
 * The Caddyfile is line oriented. Facts taken from Caddy's lexer/parser:
 *  - tokens are separated by whitespace; a newline ends a directive unless it is
 *    escaped with a backslash (line continuation);
 *  - a quote ("…" or `…`) opens a quoted token only at the start of a token; the
 *    closing quote always ends the token, so `"a"b` is two tokens while `a"b"` is one;
 *  - inside "…" only \" is an escape (\\ keeps both characters but protects a
 *    following quote); backticks have no escapes; both may span lines;
 *  - `#` starts a comment only at the start of a token;
 *  - a bare `{` token opens a block and must end its line; a bare `}` closes one;
 *    `{path}` and `{}` are ordinary tokens;
 *  - `<<MARKER` followed by a newline starts a heredoc that ends at MARKER
 *    (the closing marker may be indented);
 *  - a site's address list continues onto the next line after a trailing comma.
 *
 * Node types and fields follow grammars/CST.md.
 */

// Character classes shared by several tokens. A backslash followed by a newline is a
// line continuation, so a backslash only belongs to a token when a non-space follows.
//
// Whitespace is what Go's unicode.IsSpace accepts (tree-sitter's \s is narrower);
// a byte order mark is skipped too, and never starts a token.
const WS = ' \\t\\n\\r\\f\\v\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const NS = '\\\\[^' + WS + ']'; // a backslash that escapes a non-space character
const TOKEN_CHAR = `([^${WS}\\\\]|${NS})`;
const PIECE_CHAR = `([^${WS}{\\\\]|${NS})`; // stops before a `{` (a placeholder may start)
const ADDR_CHAR = `([^${WS}{,\\\\]|${NS})`; // addresses also stop before a comma
// first character of a bare token: not a quote, not a comment, not a brace
const START = (extra) => `([^${WS}\\ufeff"\`#{}${extra}\\\\]|${NS})`;

const PLACEHOLDER = new RegExp(`\\{[^${WS}{}$"\`\\\\][^${WS}{}"\`\\\\]*\\}`);
const ENV_PLACEHOLDER = new RegExp(`\\{\\$[^${WS}{}"\`]+\\}`);

// Lexical precedence of tokens that must win when glued to the previous token
// (continuations of a word, string contents): they beat comments and newlines.
const GLUE = 2;

module.exports = grammar({
  name: 'caddyfile',

  externals: $ => [
    $.heredoc_start,
    $.heredoc_body,
    $.heredoc_end,
    $._eof,
    // Never produced; it only makes tree-sitter consult the scanner where a `}` (or a
    // closing `"`) may come, so that at the end of the input it can offer `_eof`, which
    // is valid after one more `}`: each unclosed block then ends with a MISSING `}`
    // instead of the whole file turning into an ERROR.
    $._close_probe,
  ],

  extras: $ => [
    new RegExp(`[${WS.replace('\\n', '')}\\ufeff]`),
    $._line_continuation,
    $.comment,
  ],

  rules: {
    // A file without braces around its only site (`localhost` + directives) is
    // allowed once, at the end: that site takes every following line.
    source_file: $ => seq(
      repeat(choice($._nl, $._top_item)),
      optional(alias($._bare_site_block, $.site_block)),
      optional($._eof),
    ),

    _top_item: $ => choice(
      $.global_options,
      $.snippet,
      $.named_route,
      $.site_block,
      seq(alias($._import_directive, $.directive), $._eol),
    ),

    global_options: $ => field('body', alias($._plain_block, $.block)),

    snippet: $ => seq(
      field('name', $.snippet_name),
      optional($._nl),
      field('body', $.block),
    ),

    named_route: $ => seq(
      field('name', $.route_name),
      optional($._nl),
      field('body', $.block),
    ),

    site_block: $ => seq(
      $._addresses,
      optional($._nl),
      field('body', $.block),
    ),

    _bare_site_block: $ => seq(
      $._addresses,
      $._eol,
      repeat(choice($._nl, seq($._statement, $._eol))),
    ),

    // Caddy also takes a quoted token as an address; it stays a quoted_string.
    _addresses: $ => seq(
      field('address', choice($.site_address, $.quoted_string)),
      repeat(seq(
        optional(seq(',', repeat($._nl))),
        field('address', choice($.site_address, $.quoted_string)),
      )),
    ),

    site_address: $ => seq(
      choice($._address_head, $.placeholder, $.env_placeholder),
      repeat($._address_piece),
    ),

    _address_piece: $ => choice(
      $._address_glued,
      alias($._placeholder_glued, $.placeholder),
      alias($._env_placeholder_glued, $.env_placeholder),
    ),

    // --- blocks and statements -------------------------------------------------

    // Blocks of a site, snippet, named route, or a directive inside them: their
    // directives may carry a matcher token.
    block: $ => seq(
      '{',
      $._eol,
      repeat(choice($._nl, seq($._statement, $._eol))),
      optional($._statement),
      optional($._close_probe),
      '}',
    ),

    // Blocks of global options and matcher definitions: no matcher tokens.
    _plain_block: $ => seq(
      '{',
      $._eol,
      repeat(choice($._nl, seq($._plain_statement, $._eol))),
      optional($._plain_statement),
      optional($._close_probe),
      '}',
    ),

    _statement: $ => choice(
      $.directive,
      $.matcher_definition,
      alias($._import_directive, $.directive),
    ),

    _plain_statement: $ => choice(
      alias($._plain_directive, $.directive),
      $.matcher_definition,
      alias($._import_directive, $.directive),
    ),

    directive: $ => seq(
      field('name', $._directive_name),
      optional(field('matcher', $.matcher)),
      repeat(field('argument', $._argument)),
      optional(field('body', $.block)),
    ),

    _plain_directive: $ => seq(
      field('name', $._directive_name),
      repeat(field('argument', $._argument)),
      optional(field('body', alias($._plain_block, $.block))),
    ),

    _import_directive: $ => seq(
      field('name', alias('import', $.directive_name)),
      repeat(field('argument', $._argument)),
      optional(field('body', $.block)),
    ),

    _directive_name: $ => choice(
      $.directive_name,
      alias($.quoted_string, $.directive_name),
      alias($.backtick_string, $.directive_name),
    ),

    // `@name { … }` or `@name matcher args…` on one line (also the expression
    // shorthand `@name "expr"`, whose expression then stands in the directive's name).
    matcher_definition: $ => seq(
      field('name', $.matcher_name),
      choice(
        field('body', alias($._plain_block, $.block)),
        alias($._plain_directive, $.directive),
      ),
    ),

    matcher: $ => choice(
      '*',
      token(prec(1, choice(
        new RegExp('/' + TOKEN_CHAR + '*'),
        new RegExp('@' + TOKEN_CHAR + '+'),
      ))),
    ),

    // --- arguments ---------------------------------------------------------------

    _argument: $ => choice(
      $.word,
      $.placeholder,
      $.env_placeholder,
      $.quoted_string,
      $.backtick_string,
      $.heredoc,
    ),

    word: $ => choice(
      seq($._word_head, repeat($._word_piece)),
      seq(choice($.placeholder, $.env_placeholder, '{'), repeat1($._word_piece)),
    ),

    _word_piece: $ => choice(
      $._word_glued,
      alias($._placeholder_glued, $.placeholder),
      alias($._env_placeholder_glued, $.env_placeholder),
      $._lbrace_glued,
    ),

    quoted_string: $ => seq(
      '"',
      repeat(choice(
        $._string_content,
        $.escape_sequence,
        alias($._placeholder_glued, $.placeholder),
        alias($._env_placeholder_glued, $.env_placeholder),
        $._lbrace_glued,
      )),
      optional($._close_probe),
      token.immediate('"'),
    ),

    heredoc: $ => seq(
      $.heredoc_start,
      optional($.heredoc_body),
      $.heredoc_end,
    ),

    // --- tokens --------------------------------------------------------------------

    snippet_name: _ => token(prec(2, new RegExp(`\\(${TOKEN_CHAR}*\\)`))),
    route_name: _ => token(prec(2, new RegExp(`&\\(${TOKEN_CHAR}*\\)`))),

    directive_name: _ => token(choice(
      new RegExp(START('@') + TOKEN_CHAR + '*'),
      new RegExp('[{}]' + TOKEN_CHAR + '+'),
    )),

    matcher_name: _ => new RegExp('@' + TOKEN_CHAR + '*'),

    _address_head: _ => new RegExp(START(',') + ADDR_CHAR + '*'),
    _address_glued: _ => token.immediate(prec(GLUE, new RegExp(ADDR_CHAR + '+'))),

    _word_head: _ => token(choice(
      new RegExp(START('') + PIECE_CHAR + '*'),
      new RegExp('\\}' + PIECE_CHAR + '+'),
    )),
    _word_glued: _ => token.immediate(prec(GLUE, new RegExp(PIECE_CHAR + '+'))),
    _lbrace_glued: _ => token.immediate(prec(GLUE, /\{/)),

    placeholder: _ => PLACEHOLDER,
    env_placeholder: _ => ENV_PLACEHOLDER,
    _placeholder_glued: _ => token.immediate(prec(GLUE, PLACEHOLDER)),
    _env_placeholder_glued: _ => token.immediate(prec(GLUE, ENV_PLACEHOLDER)),

    _string_content: _ => token.immediate(prec(GLUE, /([^"\\{]|\\[^"])+/)),
    escape_sequence: _ => token.immediate(prec(GLUE, '\\"')),

    backtick_string: _ => /`[^`]*`/,

    comment: _ => token(prec(-1, /#[^\r\n]*/)),

    _line_continuation: _ => /\\\r?\n/,

    _nl: _ => /\n/,

    _eol: $ => choice($._nl, $._eof),
  },
});
