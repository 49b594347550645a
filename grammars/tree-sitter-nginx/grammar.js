/**
 * tree-sitter grammar for nginx configuration files (Switchyard).
 *
 * The token rules follow nginx's own lexer (ngx_conf_read_token in
 * src/core/ngx_conf_file.c), not line structure:
 *   - only space, tab, CR and LF separate tokens; a newline means nothing;
 *   - a bare word runs until whitespace, ";" or "{" ("{" right after "$" is
 *     part of the word, so "${name}" stays inside it); "}", "#", quotes and
 *     parentheses inside a word are ordinary characters;
 *   - "#" opens a comment and a quote opens a string only where a token starts;
 *   - a backslash makes the next character part of the token, in bare words
 *     and in strings alike.
 *
 * src/scanner.c lexes what needs look-ahead or is hot enough to deserve hand
 * written code: directive names (and the keywords among them), bare words
 * without variables, the text that follows a variable inside a word, the raw
 * Lua body of "*_by_lua_block { … }", the pieces
 * of an "if ( … )" condition (nginx strips the closing ")" off the last token
 * before "{") and the end of the input inside a nested block.
 */

// Every statement that owns a body exists in two variants, which differ only
// in how the body may end:
//  - at the top of the file the closing "}" is required, so when the input
//    ends inside a block tree-sitter inserts a MISSING "}" for the outermost
//    open block;
//  - inside a block the body may instead end with the input (a zero-width
//    token from the scanner), so deeper unclosed blocks keep their structure
//    and the file still gets exactly that one MISSING "}".
const STATEMENT_KINDS = ['block_directive', 'location_directive', 'if_directive', 'map_directive', 'lua_directive'];

// Precedence of every token that may only follow the previous one without a
// separator: it must beat tokens that could start a new argument or a comment.
const IMMEDIATE = 1;

// The part before the body, shared by both variants of each statement.
const heads = {
  block_directive: $ => [
    field('name', $.directive_name),
    repeat($._argument),
  ],
  location_directive: $ => [
    field('name', alias($._location_keyword, $.directive_name)),
    choice(
      seq(
        field('modifier', choice($.location_modifier, alias($._quoted_location_modifier, $.location_modifier))),
        // nginx reads a modifier alone ("location = {") as a one-argument
        // location whose name is the modifier: "=" is the exact match of "".
        optional(field('path', choice(alias($._location_path_after_modifier, $.location_path), $.string))),
      ),
      field('path', choice($.location_path, $.named_location, $.string)),
    ),
  ],
  if_directive: $ => [
    field('name', alias($._if_keyword, $.directive_name)),
    field('condition', $.condition),
  ],
  map_directive: $ => [
    field('name', alias($._entry_block_keyword, $.directive_name)),
    repeat($._argument),
  ],
  lua_directive: $ => [
    field('name', alias($._lua_block_name, $.directive_name)),
    repeat($._argument),
  ],
};

const bodies = {
  block_directive: 'block',
  location_directive: 'block',
  if_directive: 'block',
  map_directive: 'entry_block',
  lua_directive: 'lua_block',
};

const statementRules = {};
for (const kind of STATEMENT_KINDS) {
  const body = bodies[kind];
  statementRules[kind] = $ => seq(...heads[kind]($), field('body', $[body]));
  statementRules[`_top_${kind}`] = $ => seq(...heads[kind]($), field('body', alias($[`_top_${body}`], $[body])));
}

module.exports = grammar({
  name: 'nginx',

  // nginx separates tokens with these four characters only; a UTF-8 byte
  // order mark is tolerated as well.
  extras: $ => [/[ \t\r\n\uFEFF]/, $.comment],

  // Choices of single symbols: inlined, so they cost no reduction of their own.
  inline: $ => [$._top_statement, $._statement, $._argument, $._operand, $._close, $._condition_word_piece],

  externals: $ => [
    $.directive_name,
    $._location_keyword,
    $._if_keyword,
    $._entry_block_keyword,
    $._lua_block_name,
    $._plain_word,
    $._word_text_immediate,
    $.lua_code,
    $._cond_text,
    $._cond_text_immediate,
    $._binary_operator,
    $._file_operator,
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

    // Arguments are the children without a field: a field on a repeated child
    // would cost tree-sitter one more reduction per argument (about a tenth of
    // the parse time).
    directive: $ => seq(
      field('name', $.directive_name),
      repeat($._argument),
      ';',
    ),

    ...statementRules,

    block: $ => seq('{', repeat($._statement), $._close),
    _top_block: $ => seq('{', repeat($._statement), '}'),

    // "}", or the end of the input inside a nested block.
    _close: $ => choice('}', $._end_of_input),

    location_modifier: _ => token(choice('=', '^~', '~', '~*')),

    // nginx strips the quotes before it looks at a modifier: 'location "=" /x'.
    _quoted_location_modifier: _ => token(choice('"="', '"^~"', '"~"', '"~*"', '\'=\'', '\'^~\'', '\'~\'', '\'~*\'')),

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

    entry_block: $ => seq('{', repeat($.entry), $._close),
    _top_entry_block: $ => seq('{', repeat($.entry), '}'),

    // One `key value…;` line of a map, geo, types, split_clients, charset_map
    // or match body.
    entry: $ => seq(
      field('key', $._argument),
      repeat(field('value', $._argument)),
      ';',
    ),

    lua_block: $ => seq('{', optional($.lua_code), $._close),
    _top_lua_block: $ => seq('{', optional($.lua_code), '}'),

    // ---------------------------------------------------------------- arguments

    // Most words hold no variable: the scanner returns those whole, as one
    // leaf, which saves a node and a reduction per argument.
    _argument: $ => choice(alias($._plain_word, $.word), $.word, $.string),

    // A bare token with variables. Its text is split around them so that
    // `variable` nodes appear as children; every piece after the first must
    // touch the previous one. The text after a variable ("/www" in
    // "/srv/$host/www") comes from the scanner, which knows from the valid
    // symbols that it continues the word rather than starting a new argument.
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
