#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 125
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 91
#define ALIAS_COUNT 0
#define TOKEN_COUNT 51
#define EXTERNAL_TOKEN_COUNT 6
#define FIELD_COUNT 8
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 17

enum {
  sym_directive_name = 1,
  anon_sym_SEMI = 2,
  anon_sym_LBRACE = 3,
  anon_sym_RBRACE = 4,
  anon_sym_location = 5,
  aux_sym_location_directive_token1 = 6,
  anon_sym_EQ = 7,
  anon_sym_CARET_TILDE = 8,
  anon_sym_TILDE = 9,
  anon_sym_TILDE_STAR = 10,
  sym_location_path = 11,
  sym__location_path_after_modifier = 12,
  sym_named_location = 13,
  anon_sym_if = 14,
  aux_sym_if_directive_token1 = 15,
  anon_sym_LPAREN = 16,
  anon_sym_RPAREN = 17,
  anon_sym_map = 18,
  aux_sym_map_directive_token1 = 19,
  anon_sym_geo = 20,
  aux_sym_map_directive_token2 = 21,
  anon_sym_types = 22,
  aux_sym_map_directive_token3 = 23,
  anon_sym_split_clients = 24,
  aux_sym_map_directive_token4 = 25,
  anon_sym_charset_map = 26,
  aux_sym_map_directive_token5 = 27,
  anon_sym_match = 28,
  aux_sym_map_directive_token6 = 29,
  sym__lua_block_name = 30,
  sym__word_text = 31,
  sym__word_text_immediate = 32,
  sym_variable = 33,
  sym__variable_immediate = 34,
  sym__dollar = 35,
  sym__dollar_immediate = 36,
  anon_sym_DQUOTE = 37,
  anon_sym_DQUOTE2 = 38,
  anon_sym_SQUOTE = 39,
  anon_sym_SQUOTE2 = 40,
  sym__double_quoted_text = 41,
  sym__single_quoted_text = 42,
  sym_escape_sequence = 43,
  sym_comment = 44,
  sym_lua_code = 45,
  sym__cond_text = 46,
  sym__cond_text_immediate = 47,
  sym__binary_operator = 48,
  sym__file_operator = 49,
  sym__error_sentinel = 50,
  sym_source_file = 51,
  sym__top_statement = 52,
  sym__statement = 53,
  sym_directive = 54,
  sym_block_directive = 55,
  sym__top_block_directive = 56,
  sym_block = 57,
  sym__closed_block = 58,
  sym_location_directive = 59,
  sym__top_location_directive = 60,
  sym_location_modifier = 61,
  sym_if_directive = 62,
  sym__top_if_directive = 63,
  sym_condition = 64,
  sym__operand = 65,
  sym__condition_word = 66,
  sym__condition_word_piece = 67,
  sym_map_directive = 68,
  sym_entry_block = 69,
  sym_entry = 70,
  sym_lua_directive = 71,
  sym__top_lua_directive = 72,
  sym_lua_block = 73,
  sym__closed_lua_block = 74,
  sym__argument = 75,
  sym_word = 76,
  sym_string = 77,
  sym__double_quoted_content = 78,
  sym__single_quoted_content = 79,
  aux_sym_source_file_repeat1 = 80,
  aux_sym_directive_repeat1 = 81,
  aux_sym_block_repeat1 = 82,
  aux_sym__condition_word_repeat1 = 83,
  aux_sym_entry_block_repeat1 = 84,
  aux_sym_entry_repeat1 = 85,
  aux_sym_word_repeat1 = 86,
  aux_sym_string_repeat1 = 87,
  aux_sym_string_repeat2 = 88,
  aux_sym__double_quoted_content_repeat1 = 89,
  aux_sym__single_quoted_content_repeat1 = 90,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_directive_name] = "directive_name",
  [anon_sym_SEMI] = ";",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_location] = "directive_name",
  [aux_sym_location_directive_token1] = "directive_name",
  [anon_sym_EQ] = "=",
  [anon_sym_CARET_TILDE] = "^~",
  [anon_sym_TILDE] = "~",
  [anon_sym_TILDE_STAR] = "~*",
  [sym_location_path] = "location_path",
  [sym__location_path_after_modifier] = "location_path",
  [sym_named_location] = "named_location",
  [anon_sym_if] = "directive_name",
  [aux_sym_if_directive_token1] = "directive_name",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_map] = "directive_name",
  [aux_sym_map_directive_token1] = "directive_name",
  [anon_sym_geo] = "directive_name",
  [aux_sym_map_directive_token2] = "directive_name",
  [anon_sym_types] = "directive_name",
  [aux_sym_map_directive_token3] = "directive_name",
  [anon_sym_split_clients] = "directive_name",
  [aux_sym_map_directive_token4] = "directive_name",
  [anon_sym_charset_map] = "directive_name",
  [aux_sym_map_directive_token5] = "directive_name",
  [anon_sym_match] = "directive_name",
  [aux_sym_map_directive_token6] = "directive_name",
  [sym__lua_block_name] = "directive_name",
  [sym__word_text] = "_word_text",
  [sym__word_text_immediate] = "_word_text_immediate",
  [sym_variable] = "variable",
  [sym__variable_immediate] = "variable",
  [sym__dollar] = "_dollar",
  [sym__dollar_immediate] = "_dollar_immediate",
  [anon_sym_DQUOTE] = "\"",
  [anon_sym_DQUOTE2] = "\"",
  [anon_sym_SQUOTE] = "'",
  [anon_sym_SQUOTE2] = "'",
  [sym__double_quoted_text] = "_double_quoted_text",
  [sym__single_quoted_text] = "_single_quoted_text",
  [sym_escape_sequence] = "escape_sequence",
  [sym_comment] = "comment",
  [sym_lua_code] = "lua_code",
  [sym__cond_text] = "_cond_text",
  [sym__cond_text_immediate] = "_cond_text_immediate",
  [sym__binary_operator] = "condition_operator",
  [sym__file_operator] = "condition_operator",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym__top_statement] = "_top_statement",
  [sym__statement] = "_statement",
  [sym_directive] = "directive",
  [sym_block_directive] = "block_directive",
  [sym__top_block_directive] = "block_directive",
  [sym_block] = "block",
  [sym__closed_block] = "block",
  [sym_location_directive] = "location_directive",
  [sym__top_location_directive] = "location_directive",
  [sym_location_modifier] = "location_modifier",
  [sym_if_directive] = "if_directive",
  [sym__top_if_directive] = "if_directive",
  [sym_condition] = "condition",
  [sym__operand] = "_operand",
  [sym__condition_word] = "word",
  [sym__condition_word_piece] = "_condition_word_piece",
  [sym_map_directive] = "map_directive",
  [sym_entry_block] = "entry_block",
  [sym_entry] = "entry",
  [sym_lua_directive] = "lua_directive",
  [sym__top_lua_directive] = "lua_directive",
  [sym_lua_block] = "lua_block",
  [sym__closed_lua_block] = "lua_block",
  [sym__argument] = "_argument",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym__double_quoted_content] = "string_content",
  [sym__single_quoted_content] = "string_content",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_directive_repeat1] = "directive_repeat1",
  [aux_sym_block_repeat1] = "block_repeat1",
  [aux_sym__condition_word_repeat1] = "_condition_word_repeat1",
  [aux_sym_entry_block_repeat1] = "entry_block_repeat1",
  [aux_sym_entry_repeat1] = "entry_repeat1",
  [aux_sym_word_repeat1] = "word_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [aux_sym_string_repeat2] = "string_repeat2",
  [aux_sym__double_quoted_content_repeat1] = "_double_quoted_content_repeat1",
  [aux_sym__single_quoted_content_repeat1] = "_single_quoted_content_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_directive_name] = sym_directive_name,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_location] = sym_directive_name,
  [aux_sym_location_directive_token1] = sym_directive_name,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_CARET_TILDE] = anon_sym_CARET_TILDE,
  [anon_sym_TILDE] = anon_sym_TILDE,
  [anon_sym_TILDE_STAR] = anon_sym_TILDE_STAR,
  [sym_location_path] = sym_location_path,
  [sym__location_path_after_modifier] = sym_location_path,
  [sym_named_location] = sym_named_location,
  [anon_sym_if] = sym_directive_name,
  [aux_sym_if_directive_token1] = sym_directive_name,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_map] = sym_directive_name,
  [aux_sym_map_directive_token1] = sym_directive_name,
  [anon_sym_geo] = sym_directive_name,
  [aux_sym_map_directive_token2] = sym_directive_name,
  [anon_sym_types] = sym_directive_name,
  [aux_sym_map_directive_token3] = sym_directive_name,
  [anon_sym_split_clients] = sym_directive_name,
  [aux_sym_map_directive_token4] = sym_directive_name,
  [anon_sym_charset_map] = sym_directive_name,
  [aux_sym_map_directive_token5] = sym_directive_name,
  [anon_sym_match] = sym_directive_name,
  [aux_sym_map_directive_token6] = sym_directive_name,
  [sym__lua_block_name] = sym_directive_name,
  [sym__word_text] = sym__word_text,
  [sym__word_text_immediate] = sym__word_text_immediate,
  [sym_variable] = sym_variable,
  [sym__variable_immediate] = sym_variable,
  [sym__dollar] = sym__dollar,
  [sym__dollar_immediate] = sym__dollar_immediate,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [anon_sym_SQUOTE2] = anon_sym_SQUOTE,
  [sym__double_quoted_text] = sym__double_quoted_text,
  [sym__single_quoted_text] = sym__single_quoted_text,
  [sym_escape_sequence] = sym_escape_sequence,
  [sym_comment] = sym_comment,
  [sym_lua_code] = sym_lua_code,
  [sym__cond_text] = sym__cond_text,
  [sym__cond_text_immediate] = sym__cond_text_immediate,
  [sym__binary_operator] = sym__binary_operator,
  [sym__file_operator] = sym__binary_operator,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym__top_statement] = sym__top_statement,
  [sym__statement] = sym__statement,
  [sym_directive] = sym_directive,
  [sym_block_directive] = sym_block_directive,
  [sym__top_block_directive] = sym_block_directive,
  [sym_block] = sym_block,
  [sym__closed_block] = sym_block,
  [sym_location_directive] = sym_location_directive,
  [sym__top_location_directive] = sym_location_directive,
  [sym_location_modifier] = sym_location_modifier,
  [sym_if_directive] = sym_if_directive,
  [sym__top_if_directive] = sym_if_directive,
  [sym_condition] = sym_condition,
  [sym__operand] = sym__operand,
  [sym__condition_word] = sym_word,
  [sym__condition_word_piece] = sym__condition_word_piece,
  [sym_map_directive] = sym_map_directive,
  [sym_entry_block] = sym_entry_block,
  [sym_entry] = sym_entry,
  [sym_lua_directive] = sym_lua_directive,
  [sym__top_lua_directive] = sym_lua_directive,
  [sym_lua_block] = sym_lua_block,
  [sym__closed_lua_block] = sym_lua_block,
  [sym__argument] = sym__argument,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym__double_quoted_content] = sym__double_quoted_content,
  [sym__single_quoted_content] = sym__double_quoted_content,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_directive_repeat1] = aux_sym_directive_repeat1,
  [aux_sym_block_repeat1] = aux_sym_block_repeat1,
  [aux_sym__condition_word_repeat1] = aux_sym__condition_word_repeat1,
  [aux_sym_entry_block_repeat1] = aux_sym_entry_block_repeat1,
  [aux_sym_entry_repeat1] = aux_sym_entry_repeat1,
  [aux_sym_word_repeat1] = aux_sym_word_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [aux_sym_string_repeat2] = aux_sym_string_repeat2,
  [aux_sym__double_quoted_content_repeat1] = aux_sym__double_quoted_content_repeat1,
  [aux_sym__single_quoted_content_repeat1] = aux_sym__single_quoted_content_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_directive_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_location] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_location_directive_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_CARET_TILDE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TILDE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TILDE_STAR] = {
    .visible = true,
    .named = false,
  },
  [sym_location_path] = {
    .visible = true,
    .named = true,
  },
  [sym__location_path_after_modifier] = {
    .visible = true,
    .named = true,
  },
  [sym_named_location] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_if] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_if_directive_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_map] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_geo] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token2] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_types] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token3] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_split_clients] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token4] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_charset_map] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token5] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_match] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_map_directive_token6] = {
    .visible = true,
    .named = true,
  },
  [sym__lua_block_name] = {
    .visible = true,
    .named = true,
  },
  [sym__word_text] = {
    .visible = false,
    .named = true,
  },
  [sym__word_text_immediate] = {
    .visible = false,
    .named = true,
  },
  [sym_variable] = {
    .visible = true,
    .named = true,
  },
  [sym__variable_immediate] = {
    .visible = true,
    .named = true,
  },
  [sym__dollar] = {
    .visible = false,
    .named = true,
  },
  [sym__dollar_immediate] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym__double_quoted_text] = {
    .visible = false,
    .named = true,
  },
  [sym__single_quoted_text] = {
    .visible = false,
    .named = true,
  },
  [sym_escape_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_code] = {
    .visible = true,
    .named = true,
  },
  [sym__cond_text] = {
    .visible = false,
    .named = true,
  },
  [sym__cond_text_immediate] = {
    .visible = false,
    .named = true,
  },
  [sym__binary_operator] = {
    .visible = true,
    .named = true,
  },
  [sym__file_operator] = {
    .visible = true,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__top_statement] = {
    .visible = false,
    .named = true,
  },
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_block_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__top_block_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym__closed_block] = {
    .visible = true,
    .named = true,
  },
  [sym_location_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__top_location_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_location_modifier] = {
    .visible = true,
    .named = true,
  },
  [sym_if_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__top_if_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_condition] = {
    .visible = true,
    .named = true,
  },
  [sym__operand] = {
    .visible = false,
    .named = true,
  },
  [sym__condition_word] = {
    .visible = true,
    .named = true,
  },
  [sym__condition_word_piece] = {
    .visible = false,
    .named = true,
  },
  [sym_map_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_entry_block] = {
    .visible = true,
    .named = true,
  },
  [sym_entry] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__top_lua_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_lua_block] = {
    .visible = true,
    .named = true,
  },
  [sym__closed_lua_block] = {
    .visible = true,
    .named = true,
  },
  [sym__argument] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym__double_quoted_content] = {
    .visible = true,
    .named = true,
  },
  [sym__single_quoted_content] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_directive_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__condition_word_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_entry_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_entry_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_word_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__double_quoted_content_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__single_quoted_content_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum {
  field_argument = 1,
  field_body = 2,
  field_condition = 3,
  field_key = 4,
  field_modifier = 5,
  field_name = 6,
  field_path = 7,
  field_value = 8,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_body] = "body",
  [field_condition] = "condition",
  [field_key] = "key",
  [field_modifier] = "modifier",
  [field_name] = "name",
  [field_path] = "path",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 3},
  [2] = {.index = 3, .length = 4},
  [3] = {.index = 7, .length = 3},
  [4] = {.index = 10, .length = 2},
  [5] = {.index = 12, .length = 1},
  [6] = {.index = 13, .length = 1},
  [7] = {.index = 14, .length = 3},
  [8] = {.index = 17, .length = 3},
  [9] = {.index = 20, .length = 3},
  [10] = {.index = 23, .length = 2},
  [11] = {.index = 25, .length = 2},
  [12] = {.index = 27, .length = 4},
  [13] = {.index = 31, .length = 1},
  [14] = {.index = 32, .length = 1},
  [15] = {.index = 33, .length = 2},
  [16] = {.index = 35, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_argument, 0, .inherited = true},
    {field_body, 0, .inherited = true},
    {field_name, 0, .inherited = true},
  [3] =
    {field_body, 0, .inherited = true},
    {field_modifier, 0, .inherited = true},
    {field_name, 0, .inherited = true},
    {field_path, 0, .inherited = true},
  [7] =
    {field_body, 0, .inherited = true},
    {field_condition, 0, .inherited = true},
    {field_name, 0, .inherited = true},
  [10] =
    {field_body, 1},
    {field_name, 0},
  [12] =
    {field_argument, 0},
  [13] =
    {field_name, 0},
  [14] =
    {field_body, 2},
    {field_name, 0},
    {field_path, 1},
  [17] =
    {field_body, 2},
    {field_condition, 1},
    {field_name, 0},
  [20] =
    {field_argument, 1, .inherited = true},
    {field_body, 2},
    {field_name, 0},
  [23] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [25] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [27] =
    {field_body, 3},
    {field_modifier, 1},
    {field_name, 0},
    {field_path, 2},
  [31] =
    {field_key, 0},
  [32] =
    {field_value, 0},
  [33] =
    {field_key, 0},
    {field_value, 1, .inherited = true},
  [35] =
    {field_value, 0, .inherited = true},
    {field_value, 1, .inherited = true},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 68,
  [74] = 68,
  [75] = 75,
  [76] = 70,
  [77] = 70,
  [78] = 71,
  [79] = 72,
  [80] = 71,
  [81] = 72,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 84,
  [96] = 87,
  [97] = 83,
  [98] = 82,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 88,
  [109] = 86,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 88,
  [120] = 120,
  [121] = 121,
  [122] = 86,
  [123] = 123,
  [124] = 124,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(158);
      if (lookahead == '"') ADVANCE(224);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(202);
      if (lookahead == '\'') ADVANCE(228);
      if (lookahead == '(') ADVANCE(207);
      if (lookahead == ')') ADVANCE(207);
      if (lookahead == ';') ADVANCE(159);
      if (lookahead == '=') ADVANCE(207);
      if (lookahead == '@') ADVANCE(207);
      if (lookahead == '\\') ADVANCE(145);
      if (lookahead == '^') ADVANCE(204);
      if (lookahead == '{') ADVANCE(160);
      if (lookahead == '}') ADVANCE(161);
      if (lookahead == '~') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(156)
      if (lookahead != 0) ADVANCE(207);
      END_STATE();
    case 1:
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(239);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'a') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'a') ADVANCE(40);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'a') ADVANCE(44);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'a') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 6:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'a') ADVANCE(55);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 7:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'b') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'b') ADVANCE(50);
      if (lookahead == 'c') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 9:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'b') ADVANCE(50);
      if (lookahead == 'l') ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'b') ADVANCE(50);
      if (lookahead == 'm') ADVANCE(5);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 11:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'b') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 12:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'c') ADVANCE(21);
      if (lookahead == 'g') ADVANCE(16);
      if (lookahead == 'i') ADVANCE(20);
      if (lookahead == 'l') ADVANCE(32);
      if (lookahead == 'm') ADVANCE(2);
      if (lookahead == 's') ADVANCE(36);
      if (lookahead == 't') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 13:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'c') ADVANCE(26);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 14:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'c') ADVANCE(22);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 15:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'c') ADVANCE(4);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 16:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'e') ADVANCE(35);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 17:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'e') ADVANCE(42);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 18:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'e') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 19:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'e') ADVANCE(46);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 20:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'f') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 21:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'h') ADVANCE(3);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 22:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'h') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 23:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'i') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 24:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'i') ADVANCE(33);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 25:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'i') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 26:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'k') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 27:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'l') ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 28:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'l') ADVANCE(25);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 29:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'l') ADVANCE(34);
      if (lookahead == 'y') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 30:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'n') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 31:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'n') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 32:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'o') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 33:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'o') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 34:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'o') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 35:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'o') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 36:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'p') ADVANCE(27);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 37:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'p') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 38:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'p') ADVANCE(59);
      if (lookahead == 't') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 39:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'p') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 40:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'r') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 41:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 's') ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 42:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 's') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 43:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 's') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 44:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 't') ADVANCE(24);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 45:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 't') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 46:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 't') ADVANCE(54);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 47:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 't') ADVANCE(43);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 48:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'u') ADVANCE(6);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 49:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'y') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 50:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (lookahead == 'y') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 51:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 52:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(9);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 53:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(8);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 54:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 55:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(7);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 56:
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 57:
      if (lookahead == '"') ADVANCE(175);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 58:
      if (lookahead == '"') ADVANCE(179);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 59:
      if (lookahead == '"') ADVANCE(178);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 60:
      if (lookahead == '"') ADVANCE(183);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 61:
      if (lookahead == '"') ADVANCE(180);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 62:
      if (lookahead == '"') ADVANCE(162);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 63:
      if (lookahead == '"') ADVANCE(182);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 64:
      if (lookahead == '"') ADVANCE(184);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 65:
      if (lookahead == '"') ADVANCE(181);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead == '_') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(51);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 66:
      if (lookahead == '"') ADVANCE(221);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(217);
      if (lookahead == '\'') ADVANCE(225);
      if (lookahead == '(') ADVANCE(176);
      if (lookahead == ')') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(66)
      END_STATE();
    case 67:
      if (lookahead == '"') ADVANCE(221);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(217);
      if (lookahead == '\'') ADVANCE(225);
      if (lookahead == ';') ADVANCE(159);
      if (lookahead == '\\') ADVANCE(151);
      if (lookahead == '{') ADVANCE(160);
      if (lookahead == '}') ADVANCE(161);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(67)
      if (lookahead != 0) ADVANCE(209);
      END_STATE();
    case 68:
      if (lookahead == '"') ADVANCE(221);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(217);
      if (lookahead == '\'') ADVANCE(225);
      if (lookahead == ';') ADVANCE(159);
      if (lookahead == '\\') ADVANCE(151);
      if (lookahead == '{') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(68)
      if (lookahead != 0 &&
          lookahead != '}') ADVANCE(209);
      END_STATE();
    case 69:
      if (lookahead == '"') ADVANCE(221);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(167);
      if (lookahead == '\'') ADVANCE(225);
      if (lookahead == '=') ADVANCE(163);
      if (lookahead == '@') ADVANCE(173);
      if (lookahead == '\\') ADVANCE(154);
      if (lookahead == '^') ADVANCE(142);
      if (lookahead == '~') ADVANCE(165);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(69)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(168);
      END_STATE();
    case 70:
      if (lookahead == '"') ADVANCE(221);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(170);
      if (lookahead == '\'') ADVANCE(225);
      if (lookahead == '\\') ADVANCE(155);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(70)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(171);
      END_STATE();
    case 71:
      if (lookahead == '"') ADVANCE(212);
      if (lookahead == '#') ADVANCE(211);
      if (lookahead == '$') ADVANCE(219);
      if (lookahead == '\'') ADVANCE(212);
      if (lookahead == ';') ADVANCE(159);
      if (lookahead == '\\') ADVANCE(152);
      if (lookahead == '{') ADVANCE(160);
      if (lookahead == '}') ADVANCE(212);
      if (lookahead == 65279) ADVANCE(210);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(68)
      if (lookahead != 0) ADVANCE(212);
      END_STATE();
    case 72:
      if (lookahead == '"') ADVANCE(223);
      if (lookahead == '#') ADVANCE(229);
      if (lookahead == '$') ADVANCE(219);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(230);
      if (lookahead != 0) ADVANCE(231);
      END_STATE();
    case 73:
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(219);
      if (lookahead == ')') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(74)
      END_STATE();
    case 74:
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == ')') ADVANCE(177);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(74)
      END_STATE();
    case 75:
      if (lookahead == '#') ADVANCE(232);
      if (lookahead == '$') ADVANCE(219);
      if (lookahead == '\'') ADVANCE(227);
      if (lookahead == '\\') ADVANCE(144);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(233);
      if (lookahead != 0) ADVANCE(234);
      END_STATE();
    case 76:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'a') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 77:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'a') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 78:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'a') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 79:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'a') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 80:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'a') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 81:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'b') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 82:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'b') ADVANCE(124);
      if (lookahead == 'c') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 83:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'b') ADVANCE(124);
      if (lookahead == 'l') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 84:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'b') ADVANCE(124);
      if (lookahead == 'm') ADVANCE(79);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 85:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'b') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 86:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'c') ADVANCE(95);
      if (lookahead == 'g') ADVANCE(90);
      if (lookahead == 'i') ADVANCE(94);
      if (lookahead == 'l') ADVANCE(106);
      if (lookahead == 'm') ADVANCE(76);
      if (lookahead == 's') ADVANCE(110);
      if (lookahead == 't') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 87:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'c') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 88:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'c') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 89:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'c') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 90:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 91:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 92:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(104);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 93:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'e') ADVANCE(120);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 94:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'f') ADVANCE(131);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 95:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'h') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 96:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'h') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 97:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'i') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 98:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'i') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 99:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'i') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 100:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'k') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 101:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'l') ADVANCE(97);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 102:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'l') ADVANCE(99);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 103:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'l') ADVANCE(108);
      if (lookahead == 'y') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 104:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'n') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 105:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'n') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 106:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'o') ADVANCE(89);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 107:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'o') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 108:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'o') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 109:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'o') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 110:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(101);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 111:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 112:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(133);
      if (lookahead == 't') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 113:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 114:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'r') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 115:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 's') ADVANCE(93);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 116:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 's') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 117:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 's') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 118:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 't') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 119:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 't') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 120:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 't') ADVANCE(128);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 121:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 't') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 122:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'u') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 123:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'y') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 124:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'y') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 125:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 126:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 127:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 128:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 129:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 130:
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 131:
      if (lookahead == '\'') ADVANCE(175);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 132:
      if (lookahead == '\'') ADVANCE(179);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 133:
      if (lookahead == '\'') ADVANCE(178);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 134:
      if (lookahead == '\'') ADVANCE(183);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 135:
      if (lookahead == '\'') ADVANCE(180);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 136:
      if (lookahead == '\'') ADVANCE(162);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 137:
      if (lookahead == '\'') ADVANCE(182);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 138:
      if (lookahead == '\'') ADVANCE(184);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 139:
      if (lookahead == '\'') ADVANCE(181);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead == '_') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(125);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 140:
      if (lookahead == '}') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(140);
      END_STATE();
    case 141:
      if (lookahead == '}') ADVANCE(215);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(141);
      END_STATE();
    case 142:
      if (lookahead == '~') ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '\\' &&
          lookahead != '{') ADVANCE(168);
      END_STATE();
    case 143:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(235);
      if (lookahead != 0) ADVANCE(231);
      END_STATE();
    case 144:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(235);
      if (lookahead != 0) ADVANCE(234);
      END_STATE();
    case 145:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(207);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(207);
      END_STATE();
    case 146:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(231);
      END_STATE();
    case 147:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(234);
      END_STATE();
    case 148:
      if (lookahead != 0) ADVANCE(207);
      END_STATE();
    case 149:
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 150:
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 151:
      if (lookahead != 0) ADVANCE(209);
      END_STATE();
    case 152:
      if (lookahead != 0) ADVANCE(212);
      END_STATE();
    case 153:
      if (lookahead != 0) ADVANCE(173);
      END_STATE();
    case 154:
      if (lookahead != 0) ADVANCE(168);
      END_STATE();
    case 155:
      if (lookahead != 0) ADVANCE(171);
      END_STATE();
    case 156:
      if (eof) ADVANCE(158);
      if (lookahead == '"') ADVANCE(222);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(202);
      if (lookahead == '\'') ADVANCE(226);
      if (lookahead == '(') ADVANCE(207);
      if (lookahead == ')') ADVANCE(207);
      if (lookahead == ';') ADVANCE(159);
      if (lookahead == '=') ADVANCE(207);
      if (lookahead == '@') ADVANCE(207);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '^') ADVANCE(204);
      if (lookahead == '{') ADVANCE(160);
      if (lookahead == '}') ADVANCE(161);
      if (lookahead == '~') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(156)
      if (lookahead != 0) ADVANCE(207);
      END_STATE();
    case 157:
      if (eof) ADVANCE(158);
      if (lookahead == '"') ADVANCE(12);
      if (lookahead == '#') ADVANCE(239);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '\'') ADVANCE(86);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == '}') ADVANCE(161);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(157)
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(aux_sym_location_directive_token1);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_CARET_TILDE);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_TILDE);
      if (lookahead == '*') ADVANCE(166);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_TILDE_STAR);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(169);
      if (lookahead == '\\') ADVANCE(154);
      if (lookahead == '{') ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(168);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(169);
      if (lookahead == '\\') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(168);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(169);
      if (lookahead == '\\') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(168);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(155);
      if (lookahead == '{') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(171);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(155);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(171);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(172);
      if (lookahead == '\\') ADVANCE(155);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(171);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(173);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(174);
      if (lookahead == '\\') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(173);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(aux_sym_if_directive_token1);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(aux_sym_map_directive_token1);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(aux_sym_map_directive_token2);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(aux_sym_map_directive_token3);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(aux_sym_map_directive_token4);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(aux_sym_map_directive_token5);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(aux_sym_map_directive_token6);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__lua_block_name);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__lua_block_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_directive_name);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '*') ADVANCE(207);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'a') ADVANCE(200);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'b') ADVANCE(197);
      if (lookahead == 'l') ADVANCE(196);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'b') ADVANCE(197);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'b') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'c') ADVANCE(193);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'k') ADVANCE(185);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'l') ADVANCE(195);
      if (lookahead == 'y') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'o') ADVANCE(192);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'u') ADVANCE(188);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (lookahead == 'y') ADVANCE(199);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(190);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(189);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '_') ADVANCE(191);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '{') ADVANCE(207);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(207);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '{') ADVANCE(205);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(207);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '}') ADVANCE(207);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead == '~') ADVANCE(207);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(207);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\\') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(207);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__word_text);
      if (lookahead == '\\') ADVANCE(151);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(209);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '"') ADVANCE(212);
      if (lookahead == '#') ADVANCE(211);
      if (lookahead == '\'') ADVANCE(212);
      if (lookahead == '\\') ADVANCE(152);
      if (lookahead == '}') ADVANCE(212);
      if (lookahead == 65279) ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(212);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(211);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(152);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(212);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__variable_immediate);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__variable_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__dollar);
      if (lookahead == '{') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__dollar);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(140);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (lookahead == '{') ADVANCE(220);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(141);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      if (lookahead == '"') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(149);
      if (lookahead != 0) ADVANCE(56);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      if (lookahead == '\'') ADVANCE(186);
      if (lookahead == '\\') ADVANCE(150);
      if (lookahead != 0) ADVANCE(130);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\n') ADVANCE(231);
      if (lookahead == '\r') ADVANCE(229);
      if (lookahead == '\\') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(229);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '#') ADVANCE(229);
      if (lookahead == '\\') ADVANCE(146);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(230);
      if (lookahead != 0 &&
          (lookahead < '"' || '$' < lookahead)) ADVANCE(231);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\\') ADVANCE(146);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(231);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\n') ADVANCE(234);
      if (lookahead == '\r') ADVANCE(232);
      if (lookahead == '\\') ADVANCE(238);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(232);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '#') ADVANCE(232);
      if (lookahead == '\\') ADVANCE(147);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(233);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(234);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\\') ADVANCE(147);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(234);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(212);
      if (lookahead == '\r') ADVANCE(211);
      if (lookahead != 0) ADVANCE(211);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(231);
      if (lookahead == '\r') ADVANCE(229);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(239);
      if (lookahead != 0) ADVANCE(229);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(234);
      if (lookahead == '\r') ADVANCE(232);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(239);
      if (lookahead != 0) ADVANCE(232);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(239);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (lookahead == 'c') ADVANCE(1);
      if (lookahead == 'g') ADVANCE(2);
      if (lookahead == 'i') ADVANCE(3);
      if (lookahead == 'l') ADVANCE(4);
      if (lookahead == 'm') ADVANCE(5);
      if (lookahead == 's') ADVANCE(6);
      if (lookahead == 't') ADVANCE(7);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(0)
      END_STATE();
    case 1:
      if (lookahead == 'h') ADVANCE(8);
      END_STATE();
    case 2:
      if (lookahead == 'e') ADVANCE(9);
      END_STATE();
    case 3:
      if (lookahead == 'f') ADVANCE(10);
      END_STATE();
    case 4:
      if (lookahead == 'o') ADVANCE(11);
      END_STATE();
    case 5:
      if (lookahead == 'a') ADVANCE(12);
      END_STATE();
    case 6:
      if (lookahead == 'p') ADVANCE(13);
      END_STATE();
    case 7:
      if (lookahead == 'y') ADVANCE(14);
      END_STATE();
    case 8:
      if (lookahead == 'a') ADVANCE(15);
      END_STATE();
    case 9:
      if (lookahead == 'o') ADVANCE(16);
      END_STATE();
    case 10:
      ACCEPT_TOKEN(anon_sym_if);
      END_STATE();
    case 11:
      if (lookahead == 'c') ADVANCE(17);
      END_STATE();
    case 12:
      if (lookahead == 'p') ADVANCE(18);
      if (lookahead == 't') ADVANCE(19);
      END_STATE();
    case 13:
      if (lookahead == 'l') ADVANCE(20);
      END_STATE();
    case 14:
      if (lookahead == 'p') ADVANCE(21);
      END_STATE();
    case 15:
      if (lookahead == 'r') ADVANCE(22);
      END_STATE();
    case 16:
      ACCEPT_TOKEN(anon_sym_geo);
      END_STATE();
    case 17:
      if (lookahead == 'a') ADVANCE(23);
      END_STATE();
    case 18:
      ACCEPT_TOKEN(anon_sym_map);
      END_STATE();
    case 19:
      if (lookahead == 'c') ADVANCE(24);
      END_STATE();
    case 20:
      if (lookahead == 'i') ADVANCE(25);
      END_STATE();
    case 21:
      if (lookahead == 'e') ADVANCE(26);
      END_STATE();
    case 22:
      if (lookahead == 's') ADVANCE(27);
      END_STATE();
    case 23:
      if (lookahead == 't') ADVANCE(28);
      END_STATE();
    case 24:
      if (lookahead == 'h') ADVANCE(29);
      END_STATE();
    case 25:
      if (lookahead == 't') ADVANCE(30);
      END_STATE();
    case 26:
      if (lookahead == 's') ADVANCE(31);
      END_STATE();
    case 27:
      if (lookahead == 'e') ADVANCE(32);
      END_STATE();
    case 28:
      if (lookahead == 'i') ADVANCE(33);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_match);
      END_STATE();
    case 30:
      if (lookahead == '_') ADVANCE(34);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(anon_sym_types);
      END_STATE();
    case 32:
      if (lookahead == 't') ADVANCE(35);
      END_STATE();
    case 33:
      if (lookahead == 'o') ADVANCE(36);
      END_STATE();
    case 34:
      if (lookahead == 'c') ADVANCE(37);
      END_STATE();
    case 35:
      if (lookahead == '_') ADVANCE(38);
      END_STATE();
    case 36:
      if (lookahead == 'n') ADVANCE(39);
      END_STATE();
    case 37:
      if (lookahead == 'l') ADVANCE(40);
      END_STATE();
    case 38:
      if (lookahead == 'm') ADVANCE(41);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(anon_sym_location);
      END_STATE();
    case 40:
      if (lookahead == 'i') ADVANCE(42);
      END_STATE();
    case 41:
      if (lookahead == 'a') ADVANCE(43);
      END_STATE();
    case 42:
      if (lookahead == 'e') ADVANCE(44);
      END_STATE();
    case 43:
      if (lookahead == 'p') ADVANCE(45);
      END_STATE();
    case 44:
      if (lookahead == 'n') ADVANCE(46);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(anon_sym_charset_map);
      END_STATE();
    case 46:
      if (lookahead == 't') ADVANCE(47);
      END_STATE();
    case 47:
      if (lookahead == 's') ADVANCE(48);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(anon_sym_split_clients);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 157},
  [2] = {.lex_state = 157},
  [3] = {.lex_state = 157},
  [4] = {.lex_state = 157},
  [5] = {.lex_state = 157},
  [6] = {.lex_state = 157},
  [7] = {.lex_state = 157},
  [8] = {.lex_state = 157},
  [9] = {.lex_state = 157},
  [10] = {.lex_state = 157},
  [11] = {.lex_state = 157},
  [12] = {.lex_state = 157},
  [13] = {.lex_state = 157},
  [14] = {.lex_state = 157},
  [15] = {.lex_state = 157, .external_lex_state = 2},
  [16] = {.lex_state = 157},
  [17] = {.lex_state = 157},
  [18] = {.lex_state = 157},
  [19] = {.lex_state = 157},
  [20] = {.lex_state = 157},
  [21] = {.lex_state = 157},
  [22] = {.lex_state = 157},
  [23] = {.lex_state = 157},
  [24] = {.lex_state = 157},
  [25] = {.lex_state = 157},
  [26] = {.lex_state = 157},
  [27] = {.lex_state = 157},
  [28] = {.lex_state = 157},
  [29] = {.lex_state = 157},
  [30] = {.lex_state = 157},
  [31] = {.lex_state = 157},
  [32] = {.lex_state = 157},
  [33] = {.lex_state = 157},
  [34] = {.lex_state = 157},
  [35] = {.lex_state = 157},
  [36] = {.lex_state = 157},
  [37] = {.lex_state = 157},
  [38] = {.lex_state = 157},
  [39] = {.lex_state = 157},
  [40] = {.lex_state = 157},
  [41] = {.lex_state = 157},
  [42] = {.lex_state = 157},
  [43] = {.lex_state = 67},
  [44] = {.lex_state = 67},
  [45] = {.lex_state = 67},
  [46] = {.lex_state = 67},
  [47] = {.lex_state = 67},
  [48] = {.lex_state = 67},
  [49] = {.lex_state = 67},
  [50] = {.lex_state = 67},
  [51] = {.lex_state = 67},
  [52] = {.lex_state = 67},
  [53] = {.lex_state = 71},
  [54] = {.lex_state = 67},
  [55] = {.lex_state = 67},
  [56] = {.lex_state = 67},
  [57] = {.lex_state = 71},
  [58] = {.lex_state = 71},
  [59] = {.lex_state = 67},
  [60] = {.lex_state = 67},
  [61] = {.lex_state = 67},
  [62] = {.lex_state = 66, .external_lex_state = 3},
  [63] = {.lex_state = 69},
  [64] = {.lex_state = 67},
  [65] = {.lex_state = 69},
  [66] = {.lex_state = 72},
  [67] = {.lex_state = 67, .external_lex_state = 4},
  [68] = {.lex_state = 72},
  [69] = {.lex_state = 67, .external_lex_state = 4},
  [70] = {.lex_state = 75},
  [71] = {.lex_state = 72},
  [72] = {.lex_state = 75},
  [73] = {.lex_state = 72},
  [74] = {.lex_state = 72},
  [75] = {.lex_state = 75},
  [76] = {.lex_state = 75},
  [77] = {.lex_state = 75},
  [78] = {.lex_state = 72},
  [79] = {.lex_state = 75},
  [80] = {.lex_state = 72},
  [81] = {.lex_state = 75},
  [82] = {.lex_state = 73, .external_lex_state = 5},
  [83] = {.lex_state = 73, .external_lex_state = 5},
  [84] = {.lex_state = 73, .external_lex_state = 5},
  [85] = {.lex_state = 67},
  [86] = {.lex_state = 67},
  [87] = {.lex_state = 73, .external_lex_state = 5},
  [88] = {.lex_state = 67},
  [89] = {.lex_state = 75},
  [90] = {.lex_state = 67},
  [91] = {.lex_state = 67},
  [92] = {.lex_state = 72},
  [93] = {.lex_state = 75},
  [94] = {.lex_state = 72},
  [95] = {.lex_state = 73, .external_lex_state = 6},
  [96] = {.lex_state = 73, .external_lex_state = 6},
  [97] = {.lex_state = 73, .external_lex_state = 6},
  [98] = {.lex_state = 73, .external_lex_state = 6},
  [99] = {.lex_state = 67},
  [100] = {.lex_state = 70},
  [101] = {.lex_state = 70},
  [102] = {.lex_state = 70},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0, .external_lex_state = 2},
  [105] = {.lex_state = 66},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 66, .external_lex_state = 7},
  [109] = {.lex_state = 66, .external_lex_state = 7},
  [110] = {.lex_state = 66, .external_lex_state = 7},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 66},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 66},
  [118] = {.lex_state = 66},
  [119] = {.lex_state = 66},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 66},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 0},
};

enum {
  ts_external_token_lua_code = 0,
  ts_external_token__cond_text = 1,
  ts_external_token__cond_text_immediate = 2,
  ts_external_token__binary_operator = 3,
  ts_external_token__file_operator = 4,
  ts_external_token__error_sentinel = 5,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_lua_code] = sym_lua_code,
  [ts_external_token__cond_text] = sym__cond_text,
  [ts_external_token__cond_text_immediate] = sym__cond_text_immediate,
  [ts_external_token__binary_operator] = sym__binary_operator,
  [ts_external_token__file_operator] = sym__file_operator,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[8][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_lua_code] = true,
    [ts_external_token__cond_text] = true,
    [ts_external_token__cond_text_immediate] = true,
    [ts_external_token__binary_operator] = true,
    [ts_external_token__file_operator] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token_lua_code] = true,
  },
  [3] = {
    [ts_external_token__cond_text] = true,
    [ts_external_token__file_operator] = true,
  },
  [4] = {
    [ts_external_token__cond_text] = true,
  },
  [5] = {
    [ts_external_token__cond_text_immediate] = true,
    [ts_external_token__binary_operator] = true,
  },
  [6] = {
    [ts_external_token__cond_text_immediate] = true,
  },
  [7] = {
    [ts_external_token__binary_operator] = true,
  },
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_directive_name] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_location] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_CARET_TILDE] = ACTIONS(1),
    [anon_sym_TILDE] = ACTIONS(1),
    [anon_sym_TILDE_STAR] = ACTIONS(1),
    [sym_named_location] = ACTIONS(1),
    [anon_sym_if] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_map] = ACTIONS(1),
    [anon_sym_geo] = ACTIONS(1),
    [anon_sym_types] = ACTIONS(1),
    [anon_sym_split_clients] = ACTIONS(1),
    [anon_sym_charset_map] = ACTIONS(1),
    [anon_sym_match] = ACTIONS(1),
    [sym_variable] = ACTIONS(1),
    [sym__variable_immediate] = ACTIONS(1),
    [sym__dollar] = ACTIONS(1),
    [sym__dollar_immediate] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE2] = ACTIONS(1),
    [sym_escape_sequence] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_lua_code] = ACTIONS(1),
    [sym__cond_text] = ACTIONS(1),
    [sym__cond_text_immediate] = ACTIONS(1),
    [sym__binary_operator] = ACTIONS(1),
    [sym__file_operator] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(121),
    [sym__top_statement] = STATE(6),
    [sym_directive] = STATE(6),
    [sym__top_block_directive] = STATE(42),
    [sym__top_location_directive] = STATE(18),
    [sym__top_if_directive] = STATE(21),
    [sym_map_directive] = STATE(6),
    [sym__top_lua_directive] = STATE(22),
    [aux_sym_source_file_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_directive_name] = ACTIONS(7),
    [anon_sym_location] = ACTIONS(9),
    [aux_sym_location_directive_token1] = ACTIONS(11),
    [anon_sym_if] = ACTIONS(13),
    [aux_sym_if_directive_token1] = ACTIONS(15),
    [anon_sym_map] = ACTIONS(17),
    [aux_sym_map_directive_token1] = ACTIONS(19),
    [anon_sym_geo] = ACTIONS(17),
    [aux_sym_map_directive_token2] = ACTIONS(19),
    [anon_sym_types] = ACTIONS(17),
    [aux_sym_map_directive_token3] = ACTIONS(19),
    [anon_sym_split_clients] = ACTIONS(17),
    [aux_sym_map_directive_token4] = ACTIONS(19),
    [anon_sym_charset_map] = ACTIONS(17),
    [aux_sym_map_directive_token5] = ACTIONS(19),
    [anon_sym_match] = ACTIONS(17),
    [aux_sym_map_directive_token6] = ACTIONS(19),
    [sym__lua_block_name] = ACTIONS(21),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_directive_name,
    ACTIONS(25), 1,
      anon_sym_RBRACE,
    ACTIONS(27), 1,
      anon_sym_location,
    ACTIONS(29), 1,
      aux_sym_location_directive_token1,
    ACTIONS(31), 1,
      anon_sym_if,
    ACTIONS(33), 1,
      aux_sym_if_directive_token1,
    ACTIONS(35), 1,
      sym__lua_block_name,
    ACTIONS(17), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(19), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(8), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [51] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      sym_directive_name,
    ACTIONS(42), 1,
      anon_sym_location,
    ACTIONS(45), 1,
      aux_sym_location_directive_token1,
    ACTIONS(48), 1,
      anon_sym_if,
    ACTIONS(51), 1,
      aux_sym_if_directive_token1,
    ACTIONS(60), 1,
      sym__lua_block_name,
    STATE(18), 1,
      sym__top_location_directive,
    STATE(21), 1,
      sym__top_if_directive,
    STATE(22), 1,
      sym__top_lua_directive,
    STATE(42), 1,
      sym__top_block_directive,
    STATE(3), 4,
      sym__top_statement,
      sym_directive,
      sym_map_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(54), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(57), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
  [110] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_directive_name,
    ACTIONS(27), 1,
      anon_sym_location,
    ACTIONS(29), 1,
      aux_sym_location_directive_token1,
    ACTIONS(31), 1,
      anon_sym_if,
    ACTIONS(33), 1,
      aux_sym_if_directive_token1,
    ACTIONS(35), 1,
      sym__lua_block_name,
    ACTIONS(63), 1,
      anon_sym_RBRACE,
    ACTIONS(17), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(19), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(8), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [161] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_directive_name,
    ACTIONS(27), 1,
      anon_sym_location,
    ACTIONS(29), 1,
      aux_sym_location_directive_token1,
    ACTIONS(31), 1,
      anon_sym_if,
    ACTIONS(33), 1,
      aux_sym_if_directive_token1,
    ACTIONS(35), 1,
      sym__lua_block_name,
    ACTIONS(65), 1,
      anon_sym_RBRACE,
    ACTIONS(17), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(19), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(4), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [212] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_directive_name,
    ACTIONS(9), 1,
      anon_sym_location,
    ACTIONS(11), 1,
      aux_sym_location_directive_token1,
    ACTIONS(13), 1,
      anon_sym_if,
    ACTIONS(15), 1,
      aux_sym_if_directive_token1,
    ACTIONS(21), 1,
      sym__lua_block_name,
    ACTIONS(67), 1,
      ts_builtin_sym_end,
    STATE(18), 1,
      sym__top_location_directive,
    STATE(21), 1,
      sym__top_if_directive,
    STATE(22), 1,
      sym__top_lua_directive,
    STATE(42), 1,
      sym__top_block_directive,
    STATE(3), 4,
      sym__top_statement,
      sym_directive,
      sym_map_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(17), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(19), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
  [271] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      sym_directive_name,
    ACTIONS(27), 1,
      anon_sym_location,
    ACTIONS(29), 1,
      aux_sym_location_directive_token1,
    ACTIONS(31), 1,
      anon_sym_if,
    ACTIONS(33), 1,
      aux_sym_if_directive_token1,
    ACTIONS(35), 1,
      sym__lua_block_name,
    ACTIONS(69), 1,
      anon_sym_RBRACE,
    ACTIONS(17), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(19), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(2), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [322] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(71), 1,
      sym_directive_name,
    ACTIONS(74), 1,
      anon_sym_RBRACE,
    ACTIONS(76), 1,
      anon_sym_location,
    ACTIONS(79), 1,
      aux_sym_location_directive_token1,
    ACTIONS(82), 1,
      anon_sym_if,
    ACTIONS(85), 1,
      aux_sym_if_directive_token1,
    ACTIONS(94), 1,
      sym__lua_block_name,
    ACTIONS(88), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(91), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(8), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [373] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(99), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [401] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(103), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [429] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(107), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [457] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(109), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(111), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [485] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(115), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [513] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(117), 10,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(119), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [541] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(123), 1,
      anon_sym_RBRACE,
    ACTIONS(127), 1,
      sym_lua_code,
    ACTIONS(125), 8,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(121), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [573] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(129), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [600] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(135), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [627] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(139), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [654] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(143), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [681] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(147), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [708] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(151), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [735] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(155), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [762] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(159), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [789] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(163), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [816] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(167), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [843] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(169), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(171), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [870] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(175), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [897] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(179), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [924] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(183), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(181), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [951] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(187), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(185), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [978] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(191), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1005] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(195), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1032] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(199), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(197), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1059] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(203), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(201), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1086] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(207), 1,
      anon_sym_RBRACE,
    ACTIONS(209), 8,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(205), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1115] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(205), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1142] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(213), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(211), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1169] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(215), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1196] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(219), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1223] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(225), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(223), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1250] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(227), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1277] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(155), 10,
      anon_sym_location,
      anon_sym_if,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
      sym__lua_block_name,
      sym_directive_name,
  [1304] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 1,
      anon_sym_SEMI,
    ACTIONS(233), 1,
      anon_sym_LBRACE,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    STATE(17), 1,
      sym__closed_block,
    STATE(46), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1338] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(243), 1,
      anon_sym_SEMI,
    ACTIONS(245), 1,
      anon_sym_LBRACE,
    STATE(38), 1,
      sym_block,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1372] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 1,
      anon_sym_SEMI,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(245), 1,
      anon_sym_LBRACE,
    STATE(30), 1,
      sym_block,
    STATE(44), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1406] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 1,
      anon_sym_LBRACE,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(243), 1,
      anon_sym_SEMI,
    STATE(26), 1,
      sym__closed_block,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1440] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(247), 1,
      anon_sym_LBRACE,
    STATE(29), 1,
      sym_lua_block,
    STATE(56), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1471] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(249), 1,
      anon_sym_LBRACE,
    STATE(11), 1,
      sym_entry_block,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1502] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(249), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      sym_entry_block,
    STATE(48), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1533] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      sym__dollar,
    ACTIONS(259), 1,
      anon_sym_DQUOTE,
    ACTIONS(262), 1,
      anon_sym_SQUOTE,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(251), 2,
      anon_sym_SEMI,
      anon_sym_LBRACE,
    ACTIONS(253), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1562] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(265), 1,
      anon_sym_RBRACE,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(52), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(61), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1591] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(267), 1,
      anon_sym_RBRACE,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(54), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(61), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1620] = 5,
    ACTIONS(273), 1,
      sym__dollar_immediate,
    ACTIONS(275), 1,
      sym_comment,
    STATE(58), 1,
      aux_sym_word_repeat1,
    ACTIONS(271), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(269), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1643] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 1,
      anon_sym_RBRACE,
    ACTIONS(282), 1,
      sym__dollar,
    ACTIONS(285), 1,
      anon_sym_DQUOTE,
    ACTIONS(288), 1,
      anon_sym_SQUOTE,
    ACTIONS(279), 2,
      sym__word_text,
      sym_variable,
    STATE(54), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(61), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1672] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(291), 1,
      anon_sym_LBRACE,
    STATE(24), 1,
      sym__closed_lua_block,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1703] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(247), 1,
      anon_sym_LBRACE,
    STATE(37), 1,
      sym_lua_block,
    STATE(50), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1734] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(298), 1,
      sym__dollar_immediate,
    STATE(57), 1,
      aux_sym_word_repeat1,
    ACTIONS(295), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(293), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1757] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(305), 1,
      sym__dollar_immediate,
    STATE(57), 1,
      aux_sym_word_repeat1,
    ACTIONS(303), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(301), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1780] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(291), 1,
      anon_sym_LBRACE,
    STATE(32), 1,
      sym__closed_lua_block,
    STATE(55), 1,
      aux_sym_directive_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(85), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1811] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(307), 1,
      anon_sym_SEMI,
    STATE(64), 1,
      aux_sym_entry_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(90), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1839] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      sym__dollar,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(309), 1,
      anon_sym_SEMI,
    STATE(60), 1,
      aux_sym_entry_repeat1,
    ACTIONS(235), 2,
      sym__word_text,
      sym_variable,
    STATE(90), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1867] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(311), 1,
      anon_sym_RPAREN,
    ACTIONS(313), 1,
      sym_variable,
    ACTIONS(315), 1,
      sym__dollar,
    ACTIONS(317), 1,
      anon_sym_DQUOTE,
    ACTIONS(319), 1,
      anon_sym_SQUOTE,
    ACTIONS(321), 1,
      sym__cond_text,
    ACTIONS(323), 1,
      sym__file_operator,
    STATE(110), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [1897] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(327), 1,
      anon_sym_TILDE,
    STATE(101), 1,
      sym_location_modifier,
    STATE(106), 1,
      sym_string,
    ACTIONS(329), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(325), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [1925] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(331), 1,
      anon_sym_SEMI,
    ACTIONS(336), 1,
      sym__dollar,
    ACTIONS(339), 1,
      anon_sym_DQUOTE,
    ACTIONS(342), 1,
      anon_sym_SQUOTE,
    STATE(64), 1,
      aux_sym_entry_repeat1,
    ACTIONS(333), 2,
      sym__word_text,
      sym_variable,
    STATE(90), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1953] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(327), 1,
      anon_sym_TILDE,
    STATE(100), 1,
      sym_location_modifier,
    STATE(103), 1,
      sym_string,
    ACTIONS(345), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(325), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [1981] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(350), 1,
      sym__dollar_immediate,
    ACTIONS(353), 1,
      anon_sym_DQUOTE2,
    ACTIONS(355), 1,
      sym__double_quoted_text,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(347), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(66), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2005] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 1,
      sym_variable,
    ACTIONS(360), 1,
      sym__dollar,
    ACTIONS(362), 1,
      anon_sym_DQUOTE,
    ACTIONS(364), 1,
      anon_sym_SQUOTE,
    ACTIONS(366), 1,
      sym__cond_text,
    STATE(117), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [2029] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(372), 1,
      anon_sym_DQUOTE2,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(368), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(71), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2053] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 1,
      sym_variable,
    ACTIONS(360), 1,
      sym__dollar,
    ACTIONS(362), 1,
      anon_sym_DQUOTE,
    ACTIONS(364), 1,
      anon_sym_SQUOTE,
    ACTIONS(366), 1,
      sym__cond_text,
    STATE(118), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [2077] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(372), 1,
      anon_sym_SQUOTE2,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(376), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(72), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2101] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    ACTIONS(384), 1,
      anon_sym_DQUOTE2,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(382), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(66), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2125] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    ACTIONS(384), 1,
      anon_sym_SQUOTE2,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(386), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(75), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2149] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    ACTIONS(390), 1,
      anon_sym_DQUOTE2,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(388), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(78), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2173] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    ACTIONS(394), 1,
      anon_sym_DQUOTE2,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(392), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(80), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2197] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(399), 1,
      sym__dollar_immediate,
    ACTIONS(402), 1,
      anon_sym_SQUOTE2,
    ACTIONS(404), 1,
      sym__single_quoted_text,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(396), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(75), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2221] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    ACTIONS(394), 1,
      anon_sym_SQUOTE2,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(407), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(81), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2245] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    ACTIONS(390), 1,
      anon_sym_SQUOTE2,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(409), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(79), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2269] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    ACTIONS(411), 1,
      anon_sym_DQUOTE2,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(382), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(66), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2293] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    ACTIONS(411), 1,
      anon_sym_SQUOTE2,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(386), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(75), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2317] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(370), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__double_quoted_text,
    ACTIONS(413), 1,
      anon_sym_DQUOTE2,
    STATE(92), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(382), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(66), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [2341] = 7,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__dollar_immediate,
    ACTIONS(380), 1,
      sym__single_quoted_text,
    ACTIONS(413), 1,
      anon_sym_SQUOTE2,
    STATE(93), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(386), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(75), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [2365] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(419), 1,
      sym__dollar_immediate,
    ACTIONS(415), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(417), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(84), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2384] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      sym__dollar_immediate,
    ACTIONS(421), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(423), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(82), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2403] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(432), 1,
      sym__dollar_immediate,
    ACTIONS(427), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(429), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(84), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2422] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 1,
      sym__dollar,
    ACTIONS(435), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2437] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 1,
      sym__dollar,
    ACTIONS(439), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2452] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      sym__dollar_immediate,
    ACTIONS(423), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    ACTIONS(443), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    STATE(82), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2471] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(447), 1,
      sym__dollar,
    ACTIONS(445), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2486] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(451), 1,
      sym__dollar_immediate,
    ACTIONS(454), 1,
      sym__single_quoted_text,
    STATE(89), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(449), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [2504] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar,
    ACTIONS(457), 5,
      anon_sym_SEMI,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2518] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 1,
      sym__dollar,
    ACTIONS(461), 5,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2532] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(467), 1,
      sym__dollar_immediate,
    ACTIONS(469), 1,
      sym__double_quoted_text,
    STATE(94), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(465), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [2550] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(473), 1,
      sym__dollar_immediate,
    ACTIONS(475), 1,
      sym__single_quoted_text,
    STATE(89), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(471), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [2568] = 5,
    ACTIONS(275), 1,
      sym_comment,
    ACTIONS(479), 1,
      sym__dollar_immediate,
    ACTIONS(482), 1,
      sym__double_quoted_text,
    STATE(94), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(477), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [2586] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 1,
      anon_sym_RPAREN,
    ACTIONS(488), 1,
      sym__dollar_immediate,
    ACTIONS(485), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(95), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2604] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 1,
      anon_sym_RPAREN,
    ACTIONS(493), 1,
      sym__dollar_immediate,
    ACTIONS(491), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(98), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2622] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(421), 1,
      anon_sym_RPAREN,
    ACTIONS(493), 1,
      sym__dollar_immediate,
    ACTIONS(491), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(98), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2640] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 1,
      anon_sym_RPAREN,
    ACTIONS(497), 1,
      sym__dollar_immediate,
    ACTIONS(495), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(95), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2658] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(501), 1,
      sym__dollar,
    ACTIONS(499), 5,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2672] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(503), 1,
      sym__location_path_after_modifier,
    STATE(107), 1,
      sym_string,
  [2688] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 1,
      anon_sym_DQUOTE,
    ACTIONS(241), 1,
      anon_sym_SQUOTE,
    ACTIONS(505), 1,
      sym__location_path_after_modifier,
    STATE(114), 1,
      sym_string,
  [2704] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(507), 3,
      sym__location_path_after_modifier,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2713] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_LBRACE,
    STATE(33), 1,
      sym_block,
  [2723] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(509), 1,
      anon_sym_RBRACE,
    ACTIONS(511), 1,
      sym_lua_code,
  [2733] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(111), 1,
      sym_condition,
  [2743] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 1,
      anon_sym_LBRACE,
    STATE(19), 1,
      sym__closed_block,
  [2753] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_LBRACE,
    STATE(39), 1,
      sym_block,
  [2763] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [2771] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [2779] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(515), 1,
      anon_sym_RPAREN,
    ACTIONS(517), 1,
      sym__binary_operator,
  [2789] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_LBRACE,
    STATE(34), 1,
      sym_block,
  [2799] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 1,
      anon_sym_LBRACE,
    STATE(20), 1,
      sym__closed_block,
  [2809] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(112), 1,
      sym_condition,
  [2819] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 1,
      anon_sym_LBRACE,
    STATE(27), 1,
      sym__closed_block,
  [2829] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(519), 1,
      anon_sym_LBRACE,
  [2836] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(521), 1,
      anon_sym_LBRACE,
  [2843] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      anon_sym_RPAREN,
  [2850] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(525), 1,
      anon_sym_RPAREN,
  [2857] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 1,
      anon_sym_RPAREN,
  [2864] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 1,
      anon_sym_LBRACE,
  [2871] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(529), 1,
      ts_builtin_sym_end,
  [2878] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 1,
      anon_sym_RPAREN,
  [2885] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 1,
      anon_sym_LBRACE,
  [2892] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(533), 1,
      anon_sym_RBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 51,
  [SMALL_STATE(4)] = 110,
  [SMALL_STATE(5)] = 161,
  [SMALL_STATE(6)] = 212,
  [SMALL_STATE(7)] = 271,
  [SMALL_STATE(8)] = 322,
  [SMALL_STATE(9)] = 373,
  [SMALL_STATE(10)] = 401,
  [SMALL_STATE(11)] = 429,
  [SMALL_STATE(12)] = 457,
  [SMALL_STATE(13)] = 485,
  [SMALL_STATE(14)] = 513,
  [SMALL_STATE(15)] = 541,
  [SMALL_STATE(16)] = 573,
  [SMALL_STATE(17)] = 600,
  [SMALL_STATE(18)] = 627,
  [SMALL_STATE(19)] = 654,
  [SMALL_STATE(20)] = 681,
  [SMALL_STATE(21)] = 708,
  [SMALL_STATE(22)] = 735,
  [SMALL_STATE(23)] = 762,
  [SMALL_STATE(24)] = 789,
  [SMALL_STATE(25)] = 816,
  [SMALL_STATE(26)] = 843,
  [SMALL_STATE(27)] = 870,
  [SMALL_STATE(28)] = 897,
  [SMALL_STATE(29)] = 924,
  [SMALL_STATE(30)] = 951,
  [SMALL_STATE(31)] = 978,
  [SMALL_STATE(32)] = 1005,
  [SMALL_STATE(33)] = 1032,
  [SMALL_STATE(34)] = 1059,
  [SMALL_STATE(35)] = 1086,
  [SMALL_STATE(36)] = 1115,
  [SMALL_STATE(37)] = 1142,
  [SMALL_STATE(38)] = 1169,
  [SMALL_STATE(39)] = 1196,
  [SMALL_STATE(40)] = 1223,
  [SMALL_STATE(41)] = 1250,
  [SMALL_STATE(42)] = 1277,
  [SMALL_STATE(43)] = 1304,
  [SMALL_STATE(44)] = 1338,
  [SMALL_STATE(45)] = 1372,
  [SMALL_STATE(46)] = 1406,
  [SMALL_STATE(47)] = 1440,
  [SMALL_STATE(48)] = 1471,
  [SMALL_STATE(49)] = 1502,
  [SMALL_STATE(50)] = 1533,
  [SMALL_STATE(51)] = 1562,
  [SMALL_STATE(52)] = 1591,
  [SMALL_STATE(53)] = 1620,
  [SMALL_STATE(54)] = 1643,
  [SMALL_STATE(55)] = 1672,
  [SMALL_STATE(56)] = 1703,
  [SMALL_STATE(57)] = 1734,
  [SMALL_STATE(58)] = 1757,
  [SMALL_STATE(59)] = 1780,
  [SMALL_STATE(60)] = 1811,
  [SMALL_STATE(61)] = 1839,
  [SMALL_STATE(62)] = 1867,
  [SMALL_STATE(63)] = 1897,
  [SMALL_STATE(64)] = 1925,
  [SMALL_STATE(65)] = 1953,
  [SMALL_STATE(66)] = 1981,
  [SMALL_STATE(67)] = 2005,
  [SMALL_STATE(68)] = 2029,
  [SMALL_STATE(69)] = 2053,
  [SMALL_STATE(70)] = 2077,
  [SMALL_STATE(71)] = 2101,
  [SMALL_STATE(72)] = 2125,
  [SMALL_STATE(73)] = 2149,
  [SMALL_STATE(74)] = 2173,
  [SMALL_STATE(75)] = 2197,
  [SMALL_STATE(76)] = 2221,
  [SMALL_STATE(77)] = 2245,
  [SMALL_STATE(78)] = 2269,
  [SMALL_STATE(79)] = 2293,
  [SMALL_STATE(80)] = 2317,
  [SMALL_STATE(81)] = 2341,
  [SMALL_STATE(82)] = 2365,
  [SMALL_STATE(83)] = 2384,
  [SMALL_STATE(84)] = 2403,
  [SMALL_STATE(85)] = 2422,
  [SMALL_STATE(86)] = 2437,
  [SMALL_STATE(87)] = 2452,
  [SMALL_STATE(88)] = 2471,
  [SMALL_STATE(89)] = 2486,
  [SMALL_STATE(90)] = 2504,
  [SMALL_STATE(91)] = 2518,
  [SMALL_STATE(92)] = 2532,
  [SMALL_STATE(93)] = 2550,
  [SMALL_STATE(94)] = 2568,
  [SMALL_STATE(95)] = 2586,
  [SMALL_STATE(96)] = 2604,
  [SMALL_STATE(97)] = 2622,
  [SMALL_STATE(98)] = 2640,
  [SMALL_STATE(99)] = 2658,
  [SMALL_STATE(100)] = 2672,
  [SMALL_STATE(101)] = 2688,
  [SMALL_STATE(102)] = 2704,
  [SMALL_STATE(103)] = 2713,
  [SMALL_STATE(104)] = 2723,
  [SMALL_STATE(105)] = 2733,
  [SMALL_STATE(106)] = 2743,
  [SMALL_STATE(107)] = 2753,
  [SMALL_STATE(108)] = 2763,
  [SMALL_STATE(109)] = 2771,
  [SMALL_STATE(110)] = 2779,
  [SMALL_STATE(111)] = 2789,
  [SMALL_STATE(112)] = 2799,
  [SMALL_STATE(113)] = 2809,
  [SMALL_STATE(114)] = 2819,
  [SMALL_STATE(115)] = 2829,
  [SMALL_STATE(116)] = 2836,
  [SMALL_STATE(117)] = 2843,
  [SMALL_STATE(118)] = 2850,
  [SMALL_STATE(119)] = 2857,
  [SMALL_STATE(120)] = 2864,
  [SMALL_STATE(121)] = 2871,
  [SMALL_STATE(122)] = 2878,
  [SMALL_STATE(123)] = 2885,
  [SMALL_STATE(124)] = 2892,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [39] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(43),
  [42] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(63),
  [45] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(63),
  [48] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(113),
  [51] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(113),
  [54] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(49),
  [57] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(49),
  [60] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(59),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [67] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [71] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(45),
  [74] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2),
  [76] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(65),
  [79] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(65),
  [82] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(105),
  [85] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(105),
  [88] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(49),
  [91] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(49),
  [94] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(47),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 6),
  [99] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 6),
  [101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 2, .production_id = 4),
  [103] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 2, .production_id = 4),
  [105] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 3, .production_id = 9),
  [107] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 3, .production_id = 9),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 11),
  [111] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 11),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 2),
  [115] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 2),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 3),
  [119] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 3),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 1),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 1),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [129] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2),
  [131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2),
  [133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block_directive, 2, .production_id = 4),
  [135] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block_directive, 2, .production_id = 4),
  [137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_statement, 1, .production_id = 2),
  [139] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_statement, 1, .production_id = 2),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_location_directive, 3, .production_id = 7),
  [143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_location_directive, 3, .production_id = 7),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_if_directive, 3, .production_id = 8),
  [147] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_if_directive, 3, .production_id = 8),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_statement, 1, .production_id = 3),
  [151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_statement, 1, .production_id = 3),
  [153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_statement, 1, .production_id = 1),
  [155] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_statement, 1, .production_id = 1),
  [157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__closed_lua_block, 2),
  [159] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__closed_lua_block, 2),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_directive, 3, .production_id = 9),
  [163] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_directive, 3, .production_id = 9),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__closed_block, 2),
  [167] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__closed_block, 2),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block_directive, 3, .production_id = 9),
  [171] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block_directive, 3, .production_id = 9),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_location_directive, 4, .production_id = 12),
  [175] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_location_directive, 4, .production_id = 12),
  [177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__closed_lua_block, 3),
  [179] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__closed_lua_block, 3),
  [181] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 2, .production_id = 4),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 2, .production_id = 4),
  [185] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 2, .production_id = 4),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 2, .production_id = 4),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__closed_block, 3),
  [191] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__closed_block, 3),
  [193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_directive, 2, .production_id = 4),
  [195] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_directive, 2, .production_id = 4),
  [197] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 3, .production_id = 7),
  [199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 3, .production_id = 7),
  [201] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_directive, 3, .production_id = 8),
  [203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_directive, 3, .production_id = 8),
  [205] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 2),
  [207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 2),
  [211] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 3, .production_id = 9),
  [213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 3, .production_id = 9),
  [215] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 3, .production_id = 9),
  [217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 3, .production_id = 9),
  [219] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 4, .production_id = 12),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 4, .production_id = 12),
  [223] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 3),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 3),
  [227] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [237] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10),
  [253] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(53),
  [256] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(53),
  [259] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(68),
  [262] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(70),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [269] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [273] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [275] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2),
  [279] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(53),
  [282] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(53),
  [285] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(68),
  [288] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(70),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [293] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2),
  [295] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(57),
  [298] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(57),
  [301] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [305] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16),
  [333] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(53),
  [336] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(53),
  [339] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(68),
  [342] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(70),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [347] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(66),
  [350] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(92),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2),
  [355] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(92),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [378] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [396] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(75),
  [399] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(93),
  [402] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2),
  [404] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(93),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [415] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 2),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [419] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2),
  [429] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(84),
  [432] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(84),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 5),
  [437] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 5),
  [439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2),
  [441] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 1),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3),
  [447] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3),
  [449] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2),
  [451] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(89),
  [454] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(89),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 14),
  [459] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 14),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, .production_id = 15),
  [463] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 3, .production_id = 15),
  [465] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__double_quoted_content, 1),
  [467] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [471] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__single_quoted_content, 1),
  [473] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [477] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2),
  [479] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(94),
  [482] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(94),
  [485] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(95),
  [488] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(95),
  [491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [493] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [497] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, .production_id = 13),
  [501] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, .production_id = 13),
  [503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_modifier, 1),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 2),
  [521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 5),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 4),
  [529] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 3),
  [533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_nginx_external_scanner_create(void);
void tree_sitter_nginx_external_scanner_destroy(void *);
bool tree_sitter_nginx_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_nginx_external_scanner_serialize(void *, char *);
void tree_sitter_nginx_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_nginx(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym_directive_name,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_nginx_external_scanner_create,
      tree_sitter_nginx_external_scanner_destroy,
      tree_sitter_nginx_external_scanner_scan,
      tree_sitter_nginx_external_scanner_serialize,
      tree_sitter_nginx_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
