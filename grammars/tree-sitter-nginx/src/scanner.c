/*
 * External scanner for tree-sitter-nginx.
 *
 *  1. Directive names, and the keywords among them: location, if, the
 *     directives with `key value;` bodies (map, geo, types, split_clients,
 *     charset_map, match) and "*_by_lua_block" — bare or quoted, as nginx
 *     allows ("location", 'if'). Lexing names here (rather than with a
 *     keyword table) also reuses the whitespace skipped while looking for
 *     the end of the input (4.).
 *
 *  2. Bare words without variables, as one token ("$name"/"${name}" words
 *     are left to the grammar, which splits them around the variables), and
 *     the text that continues a word after one of its variables or a "$":
 *     where the grammar may continue a word, text that touches the previous
 *     piece belongs to the same nginx token ("/srv/$host/www" is one
 *     argument), whereas after whitespace it starts a new argument.
 *
 *  3. lua_code: the body of "*_by_lua_block { ... }" up to the "}" that
 *     balances the opening brace. Braces inside Lua strings ('...', "..."),
 *     long strings ([[...]], [==[...]==]) and comments (--..., --[[...]])
 *     do not count.
 *
 *  4. The zero-width end of a block nested inside another block when the
 *     input ends before its "}" (the outermost open block gets a MISSING "}"
 *     from tree-sitter instead; see grammar.js).
 *
 *  5. The text pieces of an "if ( ... )" condition. nginx removes the final
 *     ")" from the last token before "{", so "^/(a|b)$)" is the regex
 *     "^/(a|b)$" followed by the closing parenthesis. A ")" closes the
 *     condition when the token ends right after it and the next token is "{"
 *     (or ";", "}" or the end of input, for error recovery). The scanner also
 *     recognises the condition operators, which are whole tokens.
 *
 * Only the tiny libc that web-tree-sitter provides may be used here.
 */

#include "tree_sitter/parser.h"

enum TokenType {
  DIRECTIVE_NAME,
  LOCATION_KEYWORD,
  IF_KEYWORD,
  ENTRY_BLOCK_KEYWORD,
  LUA_BLOCK_NAME,
  PLAIN_WORD,
  WORD_TEXT_IMMEDIATE,
  LUA_CODE,
  COND_TEXT,
  COND_TEXT_IMMEDIATE,
  BINARY_OPERATOR,
  FILE_OPERATOR,
  END_OF_INPUT,
  ERROR_SENTINEL,
};

static inline bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xFEFF;
}

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }

/* ------------------------------------------------------------------ Lua */

/* After "[" has been consumed: counts "=" and, when a second "[" follows,
 * consumes the rest of the long bracket. Returns true if it was one. */
static bool scan_long_bracket_rest(TSLexer *lexer) {
  unsigned level = 0;
  while (lexer->lookahead == '=') {
    level++;
    advance(lexer);
  }
  if (lexer->lookahead != '[') return false;
  advance(lexer);
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead == ']') {
      advance(lexer);
      unsigned closing = 0;
      while (lexer->lookahead == '=' && closing < level) {
        closing++;
        advance(lexer);
      }
      if (closing == level && lexer->lookahead == ']') {
        advance(lexer);
        return true;
      }
    } else {
      advance(lexer);
    }
  }
  return true;
}

static void scan_lua_string(TSLexer *lexer, int32_t quote) {
  advance(lexer);
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == quote) {
      advance(lexer);
      return;
    }
    if (c == '\n') return; /* unterminated: Lua would reject it; stop here */
    advance(lexer);
    if (c == '\\' && !lexer->eof(lexer)) advance(lexer);
  }
}

static bool scan_lua_code(TSLexer *lexer) {
  while (is_space(lexer->lookahead)) skip(lexer);
  if (lexer->eof(lexer) || lexer->lookahead == '}') return false;

  unsigned depth = 0;
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (c == '}') {
      if (depth == 0) break;
      depth--;
      advance(lexer);
    } else if (c == '{') {
      depth++;
      advance(lexer);
    } else if (c == '"' || c == '\'') {
      scan_lua_string(lexer, c);
    } else if (c == '[') {
      advance(lexer);
      scan_long_bracket_rest(lexer);
    } else if (c == '-') {
      advance(lexer);
      if (lexer->lookahead == '-') {
        advance(lexer);
        bool long_comment = false;
        if (lexer->lookahead == '[') {
          advance(lexer);
          long_comment = scan_long_bracket_rest(lexer);
        }
        if (!long_comment) {
          while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
            advance(lexer);
          }
        }
      }
    } else if (is_space(c)) {
      /* Trailing whitespace before "}" stays outside the token. */
      advance(lexer);
      continue;
    } else {
      advance(lexer);
    }
    lexer->mark_end(lexer);
  }
  lexer->result_symbol = LUA_CODE;
  return true;
}

/* ------------------------------------------------------------ condition */

/* Called with the lexer just past a ")" that is followed by whitespace:
 * skips whitespace and comments and tells whether the next token ends the
 * condition. */
static bool next_token_ends_condition(TSLexer *lexer) {
  for (;;) {
    while (is_space(lexer->lookahead)) advance(lexer);
    if (lexer->lookahead != '#') break;
    while (!lexer->eof(lexer) && lexer->lookahead != '\n') advance(lexer);
  }
  if (lexer->eof(lexer)) return true;
  int32_t c = lexer->lookahead;
  return c == '{' || c == ';' || c == '}';
}

static bool is_operator(const char *text, unsigned len, bool file) {
  if (file) {
    /* -f -d -e -x and their negations */
    if (len == 2 && text[0] == '-') {
      return text[1] == 'f' || text[1] == 'd' || text[1] == 'e' || text[1] == 'x';
    }
    if (len == 3 && text[0] == '!' && text[1] == '-') {
      return text[2] == 'f' || text[2] == 'd' || text[2] == 'e' || text[2] == 'x';
    }
    return false;
  }
  /* = != ~ ~* !~ !~* */
  if (len == 1) return text[0] == '=' || text[0] == '~';
  if (len == 2) {
    return (text[0] == '!' && (text[1] == '=' || text[1] == '~')) || (text[0] == '~' && text[1] == '*');
  }
  if (len == 3) return text[0] == '!' && text[1] == '~' && text[2] == '*';
  return false;
}

static bool scan_condition(TSLexer *lexer, const bool *valid_symbols) {
  bool separated = false;
  while (is_space(lexer->lookahead)) {
    skip(lexer);
    separated = true;
  }
  if (lexer->eof(lexer)) return false;

  bool continuing = valid_symbols[COND_TEXT_IMMEDIATE] && !separated;
  if (!continuing && !valid_symbols[COND_TEXT] && !valid_symbols[BINARY_OPERATOR] &&
      !valid_symbols[FILE_OPERATOR]) {
    return false;
  }

  int32_t c = lexer->lookahead;
  /* Variables and "$" are lexed by the grammar itself. */
  if (c == '$' || c == ';' || c == '{') return false;
  /* Where a token starts, these open a comment or a string or close a block. */
  if (!continuing && (c == '#' || c == '"' || c == '\'' || c == '}')) return false;

  /* The first characters of the piece, to recognise operators; `plain` is
   * false once an escape or a non-ASCII character has been seen. */
  char text[4] = {0, 0, 0, 0};
  unsigned len = 0;
  bool plain = true;

  if (c == ')') {
    /* A piece that begins with ")": is it the closing parenthesis? */
    advance(lexer);
    c = lexer->lookahead;
    if (lexer->eof(lexer) || c == '{' || c == ';') return false;
    lexer->mark_end(lexer);
    if (is_space(c)) {
      if (next_token_ends_condition(lexer)) return false;
      if (continuing) {
        lexer->result_symbol = COND_TEXT_IMMEDIATE;
        return true;
      }
      lexer->result_symbol = COND_TEXT;
      return valid_symbols[COND_TEXT];
    }
    text[len++] = ')';
  }

  bool before_paren = false;
  for (;;) {
    if (lexer->eof(lexer)) break;
    c = lexer->lookahead;
    if (is_space(c) || c == ';' || c == '{' || c == '$') break;
    advance(lexer);
    if (c == ')') {
      /* The piece stops before a ")" that ends the token: that one may be
       * the closing parenthesis (decided by the next call). */
      int32_t next = lexer->lookahead;
      if (lexer->eof(lexer) || is_space(next) || next == '{' || next == ';') {
        before_paren = true;
        break;
      }
    } else if (c == '\\' && !lexer->eof(lexer)) {
      advance(lexer);
      plain = false;
    }
    if (c > 127) plain = false;
    if (len < sizeof text) text[len] = (char)c;
    len++;
    lexer->mark_end(lexer);
  }
  if (len == 0) return false;

  /* An operator is a whole token of its own. */
  bool whole_token = !before_paren && (lexer->eof(lexer) || is_space(lexer->lookahead));
  if (!continuing && whole_token && plain && len <= 3) {
    if (valid_symbols[BINARY_OPERATOR] && is_operator(text, len, false)) {
      lexer->result_symbol = BINARY_OPERATOR;
      return true;
    }
    if (valid_symbols[FILE_OPERATOR] && is_operator(text, len, true)) {
      lexer->result_symbol = FILE_OPERATOR;
      return true;
    }
  }
  if (continuing) {
    lexer->result_symbol = COND_TEXT_IMMEDIATE;
    return true;
  }
  if (!valid_symbols[COND_TEXT]) return false;
  lexer->result_symbol = COND_TEXT;
  return true;
}

/* ----------------------------------------------------------- plain word */

static inline bool is_name_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* A bare word without variables, whole. Called at a token start (whitespace
 * already skipped). Returns false, leaving the word to the grammar's lexer,
 * when it holds a variable ("$name", "${name}") or is not a bare word. */
static bool scan_plain_word(TSLexer *lexer) {
  int32_t c = lexer->lookahead;
  if (c == ';' || c == '{' || c == '}' || c == '#' || c == '"' || c == '\'' || c == '$' || c == 0xFEFF) {
    return false;
  }
  for (;;) {
    if (lexer->eof(lexer)) break;
    c = lexer->lookahead;
    if (is_space(c) || c == ';' || c == '{') break;
    advance(lexer);
    if (c == '\\') {
      if (!lexer->eof(lexer)) advance(lexer);
    } else if (c == '$') {
      if (is_name_char(lexer->lookahead)) return false;
      if (lexer->lookahead == '{') {
        advance(lexer); /* nginx keeps "{" after "$" inside the word */
        if (is_name_char(lexer->lookahead)) return false;
      }
    }
  }
  lexer->mark_end(lexer);
  lexer->result_symbol = PLAIN_WORD;
  return true;
}

/* The text of a word after a variable or "$" that it touches, up to the end
 * of the token or the next variable (which the grammar lexes). A "$" that
 * starts no variable is text. Returns false, leaving the grammar's lexer to
 * it, when the input continues with a variable, ";" or "{". */
static bool scan_word_text_immediate(TSLexer *lexer) {
  bool any = false;
  for (;;) {
    if (lexer->eof(lexer)) break;
    int32_t c = lexer->lookahead;
    if (is_space(c) || c == ';' || c == '{') break;
    advance(lexer);
    if (c == '\\') {
      if (!lexer->eof(lexer)) advance(lexer);
    } else if (c == '$') {
      if (is_name_char(lexer->lookahead)) break;
      if (lexer->lookahead == '{') {
        advance(lexer); /* nginx keeps "{" after "$" inside the word */
        if (is_name_char(lexer->lookahead)) break;
      }
    }
    any = true;
    lexer->mark_end(lexer);
  }
  if (!any) return false;
  lexer->result_symbol = WORD_TEXT_IMMEDIATE;
  return true;
}

/* ------------------------------------------------------- directive name */

#define NAME_BUFFER 64

static bool text_is(const char *text, unsigned len, const char *word) {
  unsigned i = 0;
  for (; i < len; i++) {
    if (word[i] != text[i]) return false;
  }
  return word[i] == 0;
}

static bool ends_with_lua_block(const char *text, unsigned len) {
  static const char suffix[] = "_by_lua_block";
  const unsigned suffix_len = sizeof suffix - 1;
  if (len < suffix_len) return false;
  for (unsigned i = 0; i < len; i++) {
    if (!is_name_char(text[i])) return false;
  }
  return text_is(text + len - suffix_len, suffix_len, suffix);
}

static enum TokenType classify_name(const char *text, unsigned len) {
  if (text_is(text, len, "location")) return LOCATION_KEYWORD;
  if (text_is(text, len, "if")) return IF_KEYWORD;
  if (text_is(text, len, "map") || text_is(text, len, "geo") || text_is(text, len, "types") ||
      text_is(text, len, "split_clients") || text_is(text, len, "charset_map") ||
      text_is(text, len, "match")) {
    return ENTRY_BLOCK_KEYWORD;
  }
  if (ends_with_lua_block(text, len)) return LUA_BLOCK_NAME;
  return DIRECTIVE_NAME;
}

/* A directive name at a token start (whitespace already skipped): a bare
 * word, or a quoted one. */
static bool scan_directive_name(TSLexer *lexer, const bool *valid_symbols) {
  char text[NAME_BUFFER];
  unsigned len = 0;
  bool plain = true; /* no escape, ASCII only, short: may be a keyword */
  int32_t c = lexer->lookahead;

  if (c == '"' || c == '\'') {
    int32_t quote = c;
    advance(lexer);
    for (;;) {
      if (lexer->eof(lexer)) return false;
      c = lexer->lookahead;
      advance(lexer);
      if (c == quote) break;
      if (c == '\\') {
        plain = false;
        if (!lexer->eof(lexer)) advance(lexer);
        continue;
      }
      if (c > 127 || len == NAME_BUFFER) plain = false;
      else text[len++] = (char)c;
    }
  } else {
    if (c == ';' || c == '{' || c == '}' || c == '#' || c == 0xFEFF) return false;
    for (;;) {
      if (lexer->eof(lexer)) break;
      c = lexer->lookahead;
      if (is_space(c) || c == ';' || c == '{') break;
      advance(lexer);
      if (c == '\\') {
        plain = false;
        if (!lexer->eof(lexer)) advance(lexer);
        continue;
      }
      if (c == '$' && lexer->lookahead == '{') {
        plain = false;
        advance(lexer); /* nginx keeps "{" after "$" inside the word */
        continue;
      }
      if (c > 127 || len == NAME_BUFFER) plain = false;
      else text[len++] = (char)c;
    }
  }
  lexer->mark_end(lexer);

  enum TokenType kind = plain ? classify_name(text, len) : DIRECTIVE_NAME;
  if (!valid_symbols[kind]) kind = DIRECTIVE_NAME;
  if (!valid_symbols[kind]) return false;
  lexer->result_symbol = kind;
  return true;
}

/* ------------------------------------------------------------------ API */

void *tree_sitter_nginx_external_scanner_create(void) { return NULL; }
void tree_sitter_nginx_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_nginx_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_nginx_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

bool tree_sitter_nginx_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;

  if (valid_symbols[ERROR_SENTINEL]) {
    /* Error recovery, where every symbol is valid: offer directive names
     * only, so that the parser can resume at the next statement; the
     * grammar's own lexer does the rest. */
    while (is_space(lexer->lookahead)) skip(lexer);
    if (lexer->eof(lexer)) return false;
    return scan_directive_name(lexer, valid_symbols);
  }

  if (valid_symbols[LUA_CODE]) {
    if (scan_lua_code(lexer)) return true;
    /* scan_lua_code only skipped whitespace if it found no code */
    if (valid_symbols[END_OF_INPUT] && lexer->eof(lexer)) {
      lexer->result_symbol = END_OF_INPUT;
      return true;
    }
    return false;
  }

  /* Right after a piece of a word (no whitespace skipped): the word goes on. */
  if (valid_symbols[WORD_TEXT_IMMEDIATE] && !lexer->eof(lexer) && !is_space(lexer->lookahead)) {
    return scan_word_text_immediate(lexer);
  }

  if (valid_symbols[DIRECTIVE_NAME] || valid_symbols[PLAIN_WORD] || valid_symbols[END_OF_INPUT]) {
    while (is_space(lexer->lookahead)) skip(lexer);
    if (lexer->eof(lexer)) {
      if (!valid_symbols[END_OF_INPUT]) return false;
      lexer->result_symbol = END_OF_INPUT;
      return true;
    }
    if (valid_symbols[DIRECTIVE_NAME]) return scan_directive_name(lexer, valid_symbols);
    return valid_symbols[PLAIN_WORD] && scan_plain_word(lexer);
  }

  if (valid_symbols[COND_TEXT] || valid_symbols[COND_TEXT_IMMEDIATE] ||
      valid_symbols[BINARY_OPERATOR] || valid_symbols[FILE_OPERATOR]) {
    return scan_condition(lexer, valid_symbols);
  }
  return false;
}
