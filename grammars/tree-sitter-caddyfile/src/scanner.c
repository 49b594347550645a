// External scanner for the Caddyfile grammar.
//
// It recognises what a context-free lexer cannot:
//   HEREDOC_START  `<<MARKER` at the start of a token, directly followed by a newline;
//   HEREDOC_BODY   everything after that newline up to the closing MARKER (this includes
//                  the indentation in front of the closing marker, which Caddy strips
//                  from every line);
//   HEREDOC_END    the closing MARKER;
//   EOF            a zero-width line end at the end of the input, so the last line of a
//                  file needs no newline. It is also offered, at the end of the input,
//                  where only a `}` or a closing quote/marker could come (CLOSE_PROBE is
//                  valid there; it is never produced): the parser then inserts the one
//                  MISSING token, and EOF ends the enclosing directive, level by level.
//
// Only calloc, free and memcpy are used, so the same code runs in web-tree-sitter.

#include "tree_sitter/parser.h"

#include <stdlib.h>
#include <string.h>

enum TokenType {
  HEREDOC_START,
  HEREDOC_BODY,
  HEREDOC_END,
  END_OF_FILE,
  CLOSE_PROBE,
};

// Longest marker we remember; Caddy puts no limit on it, real files use short ones.
#define MAX_MARKER 255

typedef struct {
  unsigned char len;
  char marker[MAX_MARKER];
} Scanner;

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }

static inline bool is_marker_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-';
}

static inline bool is_blank(int32_t c) { return c == ' ' || c == '\t' || c == '\r'; }

// Reads a heredoc body and/or its closing marker. On entry the lexer is either just
// after `<<MARKER` (body expected, the newline still ahead) or just before the marker.
static bool scan_heredoc(Scanner *s, TSLexer *lexer, bool body_allowed) {
  if (body_allowed) {
    if (lexer->lookahead == '\r') skip(lexer);
    if (lexer->lookahead != '\n') return false;
    skip(lexer);
  }
  bool has_content = false;
  for (;;) {
    // At the start of a line: indentation, then maybe the closing marker.
    while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
      advance(lexer);
      has_content = true;
    }
    lexer->mark_end(lexer);
    unsigned i = 0;
    while (i < s->len && !lexer->eof(lexer) && lexer->lookahead == (unsigned char)s->marker[i]) {
      advance(lexer);
      i++;
    }
    if (i == s->len) {
      if (has_content) {
        if (!body_allowed) return false;
        lexer->result_symbol = HEREDOC_BODY;  // ends before the marker (mark_end above)
        return true;
      }
      lexer->mark_end(lexer);
      lexer->result_symbol = HEREDOC_END;
      s->len = 0;
      return true;
    }
    if (!body_allowed) return false;
    if (i > 0) has_content = true;
    while (!lexer->eof(lexer) && lexer->lookahead != '\n') {
      advance(lexer);
      has_content = true;
    }
    if (lexer->eof(lexer)) {
      // Unterminated heredoc: the body runs to the end; the marker will be missing.
      lexer->mark_end(lexer);
      if (!has_content) return false;
      lexer->result_symbol = HEREDOC_BODY;
      return true;
    }
    advance(lexer);  // the newline belongs to the body
    has_content = true;
  }
}

static bool scan_heredoc_start(Scanner *s, TSLexer *lexer) {
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  char buf[MAX_MARKER];
  unsigned n = 0;
  while (is_marker_char(lexer->lookahead)) {
    if (n == MAX_MARKER) return false;
    buf[n++] = (char)lexer->lookahead;
    advance(lexer);
  }
  if (n == 0) return false;
  lexer->mark_end(lexer);
  if (lexer->lookahead == '\r') advance(lexer);
  if (lexer->lookahead != '\n') return false;
  memcpy(s->marker, buf, n);
  s->len = (unsigned char)n;
  lexer->result_symbol = HEREDOC_START;
  return true;
}

void *tree_sitter_caddyfile_external_scanner_create(void) {
  Scanner *s = (Scanner *)calloc(1, sizeof(Scanner));
  return s;
}

void tree_sitter_caddyfile_external_scanner_destroy(void *payload) { free(payload); }

unsigned tree_sitter_caddyfile_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *s = (Scanner *)payload;
  if (s->len == 0) return 0;
  buffer[0] = (char)s->len;
  memcpy(buffer + 1, s->marker, s->len);
  return 1 + s->len;
}

void tree_sitter_caddyfile_external_scanner_deserialize(void *payload, const char *buffer,
                                                        unsigned length) {
  Scanner *s = (Scanner *)payload;
  s->len = 0;
  if (length == 0) return;
  unsigned n = (unsigned char)buffer[0];
  if (n > MAX_MARKER || n + 1 > length) return;
  memcpy(s->marker, buffer + 1, n);
  s->len = (unsigned char)n;
}

bool tree_sitter_caddyfile_external_scanner_scan(void *payload, TSLexer *lexer,
                                                 const bool *valid_symbols) {
  Scanner *s = (Scanner *)payload;
  // During error recovery every symbol is valid; let the internal lexer work then.
  bool recovering = valid_symbols[HEREDOC_START] && valid_symbols[HEREDOC_END];

  if (!recovering && s->len > 0 && (valid_symbols[HEREDOC_BODY] || valid_symbols[HEREDOC_END])) {
    if (lexer->eof(lexer)) {
      // The closing marker never came: offer `_eof`, so the parser reports the marker
      // as MISSING and ends the directive there.
      lexer->result_symbol = END_OF_FILE;
      return true;
    }
    return scan_heredoc(s, lexer, valid_symbols[HEREDOC_BODY]);
  }
  if (recovering) return false;

  bool spaced = false;
  while (is_blank(lexer->lookahead)) {
    skip(lexer);
    spaced = true;
  }
  // At the end of the input `_eof` is offered where a line may end and also where
  // only a `}` could come: there it is unexpected, and the parser recovers by
  // inserting the missing `}`, after which `_eof` ends the enclosing directive.
  if ((valid_symbols[END_OF_FILE] || valid_symbols[CLOSE_PROBE]) && lexer->eof(lexer)) {
    lexer->result_symbol = END_OF_FILE;
    return true;
  }
  // A heredoc starts a token: it cannot be glued to the previous one.
  if (valid_symbols[HEREDOC_START] && spaced) return scan_heredoc_start(s, lexer);
  return false;
}
