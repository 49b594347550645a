/**
 * tree-sitter grammar for nginx configuration files (Switchyard).
 *
 * The token rules follow nginx's own lexer (ngx_conf_read_token in
 * src/core/ngx_conf_file.c), not line structure:
 *   - only space, tab, CR and LF separate tokens; a newline means nothing;
 *   - a bare word runs until whitespace, ";" or "{" ("{" right after "$" is
 *     part of the word, so "${name}" stays inside it); "}" , "#", quotes and
 *     parentheses inside a word are ordinary characters;
 *   - "#" opens a comment and a quote opens a string only where a token starts;
 *   - a backslash makes the next character part of the token, in bare words
 *     and in strings alike.
 *
 * Text that needs look-ahead a regular expression cannot express is left to
 * src/scanner.c: the raw Lua body of "*_by_lua_block { … }" and the pieces of
 * an "if ( … )" condition, where nginx strips the closing ")" off the last
 * token before "{".
 */

// Directives whose bodies are tables of `key value…;` lines instead of directives.
const ENTRY_BLOCK_DIRECTIVES = ['map', 'geo', 'types', 'split_clients', 'charset_map', 'match'];

// Precedence of the tokens that start a statement. They are never valid
// together with argument tokens, except while the parser recovers from an
// error: then a statement start must win, so that parsing can resume.
const NAME = 2;

// Precedence of every token that may only follow the previous one without a
// separator: it must beat tokens that could start a new argument or a comment.
const IMMEDIATE = 1;

// A keyword, which nginx also accepts in quotes ("location", 'if', …). The
// bare spelling is a separate token so that tree-sitter can treat it as a
// keyword of `directive_name` (see `word` below).
const keyword = (word) => choice(
  token(prec(NAME, word)),
  token(prec(NAME, choice(`"${word}"`, `'${word}'`))),
);

// Every statement that owns a body exists in two variants, which differ only
// in how the body may end:
//  - at the top of the file the closing "}" is required, so when the input
//    ends inside a block tree-sitter inserts a MISSING "}" for the outermost
//    open block;
//  - inside a block the body may instead end with the input (a zero-width
//    token from the scanner), so any deeper unclosed blocks keep their
//    structure and the file still gets exactly that one MISSING "}".
const STATEMENT_KINDS = ['block_directive', 'location_directive', 'if_directive', 'map_directive', 'lua_directive'];

const locationHead = ($) => [
  field('name', alias(keyword('location'), $.directive_name)),
  choice(
    seq(
      field('modifier', $.location_modifier),
      field('path', choice(alias($._location_path_after_modifier, $.location_path), $.string)),
    ),
    field('path', choice($.location_path, $.named_location, $.string)),
  ),
];

const ifHead = ($) => [
  field('name', alias(keyword('if'), $.directive_name)),
  field('condition', $.condition),
];

const mapHead = ($) => [
  field('name', alias(choice(...ENTRY_BLOCK_DIRECTIVES.map(keyword)), $.directive_name)),
  repeat(field('argument', $._argument)),
];

const luaHead = ($) => [
  field('name', alias($._lua_block_name, $.directive_name)),
  repeat(field('argument', $._argument)),
];

module.exports = grammar({
  name: 'nginx',

  // nginx separates tokens with these four characters only; a UTF-8 byte
  // order mark is tolerated as well.
  extras: $ => [/[ \t\r\n\uFEFF]/, $.comment],

  // Keywords are lexed as a directive_name first and then looked up. This
  // also keeps directive_name available while the parser recovers from an
  // error, so that it can resume at the next statement.
  // word: $ => $.directive_name,

  // Choices of single symbols: inlined, so they cost no reduction of their own.
  inline: $ => [$._top_statement, $._statement, $._argument, $._operand, $._close, $._condition_word_piece],

  externals: $ => [
    $.lua_code,
    $._cond_text,
    $._cond_text_immediate,
    $._binary_operator,
    $._file_operator,
    $._plain_word,
    $._end_of_input,
    $._error_sentinel,
  ],

  rules: {
    source_file: $ => repeat($._top_statement),

    _top_statement: $ => choice(
      $.directive,
      ...STATEMENT_KINDS.map((kind) => alias($[`_top_${kind}`], $[kind])),
    ),

    _statement: $ => choice(
      $.directive,
      ...STATEMENT_KINDS.map((kind) => $[kind]),
    ),

    // ---------------------------------------------------------------- statements

    directive: $ => seq(
      field('name', $.directive_name),
      repeat(field('argument', $._argument)),
      ';',
    ),

    block_directive: $ => seq(
      field('name', $.directive_name),
      repeat(field('argument', $._argument)),
      field('body', $.block),
    ),
    _top_block_directive: $ => seq(
      field('name', $.directive_name),
      repeat(field('argument', $._argument)),
      field('body', alias($._top_block, $.block)),
    ),

    block: $ => seq('{', repeat($._statement), $._close),
    _top_block: $ => seq('{', repeat($._statement), '}'),

    // "}", or the end of the input inside a nested block.
    _close: $ => choice('}', $._end_of_input),

    location_directive: $ => seq(...locationHead($), field('body', $.block)),
    _top_location_directive: $ => seq(...locationHead($), field('body', alias($._top_block, $.block))),

    location_modifier: _ => choice('=', '^~', '~', '~*'),

    // A location's URI or regex. It may not begin with a modifier character,
    // so "=/x", "~*\.php$" and "^~/static" split into modifier + path.
    location_path: _ => token(seq(
      choice(/[^ \t\r\n;{}#"'=~^@$\\\uFEFF]/, /\^[^~ \t\r\n;{\\]/, /\\(.|\n)/, /\$\{?/),
      repeat(choice(/[^ \t\r\n;{$\\]/, /\\(.|\n)/, /\$\{?/)),
    )),

    // After a modifier the path may begin with any character: "location ~ ~$".
    _location_path_after_modifier: _ => token(seq(
      choice(/[^ \t\r\n;{}#"'$\\\uFEFF]/, /\\(.|\n)/, /\$\{?/),
      repeat(choice(/[^ \t\r\n;{$\\]/, /\\(.|\n)/, /\$\{?/)),
    )),

    named_location: _ => token(seq(
      '@',
      repeat(choice(/[^ \t\r\n;{$\\]/, /\\(.|\n)/, /\$\{?/)),
    )),

    if_directive: $ => seq(...ifHead($), field('body', $.block)),
    _top_if_directive: $ => seq(...ifHead($), field('body', alias($._top_block, $.block))),

    // nginx lets "(" and ")" touch the first and last operand: "($uri", "x)".
    condition: $ => seq(
      '(',
      optional(choice(
        seq($._operand, optional(seq(alias($._binary_operator, $.condition_operator), $._operand))),
        seq(alias($._file_operator, $.condition_operator), $._operand),
      )),
      ')',
    ),

    _operand: $ => choice($.variable, $.string, alias($._condition_word, $.word)),

    // Like `word`, but its text pieces come from the external scanner, which
    // leaves out the ")" that closes the condition.
    _condition_word: $ => choice(
      seq(choice($._cond_text, $._dollar), repeat($._condition_word_piece)),
      seq($.variable, repeat1($._condition_word_piece)),
    ),

    _condition_word_piece: $ => choice(
      $._cond_text_immediate,
      alias($._variable_immediate, $.variable),
      $._dollar_immediate,
    ),

    map_directive: $ => seq(...mapHead($), field('body', $.entry_block)),
    _top_map_directive: $ => seq(...mapHead($), field('body', alias($._top_entry_block, $.entry_block))),

    entry_block: $ => seq('{', repeat($.entry), $._close),
    _top_entry_block: $ => seq('{', repeat($.entry), '}'),

    entry: $ => seq(
      field('key', $._argument),
      repeat(field('value', $._argument)),
      ';',
    ),

    lua_directive: $ => seq(...luaHead($), field('body', $.lua_block)),
    _top_lua_directive: $ => seq(...luaHead($), field('body', alias($._top_lua_block, $.lua_block))),

    lua_block: $ => seq('{', optional($.lua_code), $._close),
    _top_lua_block: $ => seq('{', optional($.lua_code), '}'),

    // Declared before directive_name: on a tie of length the earlier rule wins.
    _lua_block_name: _ => token(prec(NAME, choice(
      /[A-Za-z0-9_]*_by_lua_block/,
      /"[A-Za-z0-9_]*_by_lua_block"/,
      /'[A-Za-z0-9_]*_by_lua_block'/,
    ))),

    // ------------------------------------------------------------------- tokens

    directive_name: _ => token(prec(NAME, choice(
      seq(
        choice(/[^ \t\r\n;{}#"'\\\uFEFF]/, /\\(.|\n)/, /\$\{/),
        repeat(choice(/[^ \t\r\n;{\\]/, /\\(.|\n)/, /\$\{/)),
      ),
      /"([^"\\]|\\(.|\n))*"/,
      /'([^'\\]|\\(.|\n))*'/,
    ))),

    // Most words hold no variable: the scanner returns those whole, as one
    // leaf, which saves a node and a reduction per argument.
    _argument: $ => choice(alias($._plain_word, $.word), $.word, $.string),

    // A bare token. Its text is split around variables so that `variable`
    // nodes appear as children; every piece after the first must touch the
    // previous one.
    word: $ => seq(
      choice($._word_text, $.variable, $._dollar),
      repeat(choice(
        $._word_text_immediate,
        alias($._variable_immediate, $.variable),
        $._dollar_immediate,
      )),
    ),

    _word_text: _ => token(seq(
      choice(/[^ \t\r\n;{}#"'$\\\uFEFF]/, /\\(.|\n)/),
      repeat(choice(/[^ \t\r\n;{$\\]/, /\\(.|\n)/)),
    )),

    _word_text_immediate: _ => token.immediate(prec(IMMEDIATE,
      repeat1(choice(/[^ \t\r\n;{$\\]/, /\\(.|\n)/)),
    )),

    // "$name", "${name}" (nginx variable names are letters, digits and "_";
    // "$1"… are regex captures).
    variable: _ => /\$([A-Za-z0-9_]+|\{[A-Za-z0-9_]+\})/,

    _variable_immediate: _ => token.immediate(prec(IMMEDIATE, /\$([A-Za-z0-9_]+|\{[A-Za-z0-9_]+\})/)),

    // A "$" (or "${") that does not start a variable, e.g. the anchor in "^/a$".
    _dollar: _ => /\$\{?/,

    _dollar_immediate: _ => token.immediate(prec(IMMEDIATE, /\$\{?/)),

    string: $ => choice(
      seq(
        '"',
        repeat(choice(
          alias($._double_quoted_content, $.string_content),
          $.escape_sequence,
          alias($._variable_immediate, $.variable),
        )),
        token.immediate('"'),
      ),
      seq(
        '\'',
        repeat(choice(
          alias($._single_quoted_content, $.string_content),
          $.escape_sequence,
          alias($._variable_immediate, $.variable),
        )),
        token.immediate('\''),
      ),
    ),

    // Literal text between escapes and variables, a "$" that starts no
    // variable included (the anchor in "^/a$").
    _double_quoted_content: $ => prec.right(repeat1(choice($._double_quoted_text, $._dollar_immediate))),
    _single_quoted_content: $ => prec.right(repeat1(choice($._single_quoted_text, $._dollar_immediate))),

    // A backslash keeps the next character inside the string; only these
    // pairs are translated by nginx, the others (e.g. regex "\.") stay text.
    _double_quoted_text: _ => token.immediate(prec(IMMEDIATE, /([^"\\$]|\\[^"'\\nrt])+/)),
    _single_quoted_text: _ => token.immediate(prec(IMMEDIATE, /([^'\\$]|\\[^"'\\nrt])+/)),
    escape_sequence: _ => token.immediate(prec(IMMEDIATE, /\\["'\\nrt]/)),

    // nginx ends a comment at LF only; a CR before it is left out of the node.
    comment: _ => token(seq('#', /([^\r\n]|\r+[^\r\n])*/)),
  },
});
