#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 176
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 90
#define ALIAS_COUNT 0
#define TOKEN_COUNT 53
#define EXTERNAL_TOKEN_COUNT 8
#define FIELD_COUNT 8
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 17

enum {
  anon_sym_SEMI = 1,
  anon_sym_LBRACE = 2,
  anon_sym_RBRACE = 3,
  anon_sym_location = 4,
  aux_sym_location_directive_token1 = 5,
  anon_sym_EQ = 6,
  anon_sym_CARET_TILDE = 7,
  anon_sym_TILDE = 8,
  anon_sym_TILDE_STAR = 9,
  sym_location_path = 10,
  sym__location_path_after_modifier = 11,
  sym_named_location = 12,
  anon_sym_if = 13,
  aux_sym_if_directive_token1 = 14,
  anon_sym_LPAREN = 15,
  anon_sym_RPAREN = 16,
  anon_sym_map = 17,
  aux_sym_map_directive_token1 = 18,
  anon_sym_geo = 19,
  aux_sym_map_directive_token2 = 20,
  anon_sym_types = 21,
  aux_sym_map_directive_token3 = 22,
  anon_sym_split_clients = 23,
  aux_sym_map_directive_token4 = 24,
  anon_sym_charset_map = 25,
  aux_sym_map_directive_token5 = 26,
  anon_sym_match = 27,
  aux_sym_map_directive_token6 = 28,
  sym__lua_block_name = 29,
  sym_directive_name = 30,
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
  sym__plain_word = 50,
  sym__end_of_input = 51,
  sym__error_sentinel = 52,
  sym_source_file = 53,
  sym_directive = 54,
  sym_block_directive = 55,
  sym__top_block_directive = 56,
  sym_block = 57,
  sym__top_block = 58,
  sym_location_directive = 59,
  sym__top_location_directive = 60,
  sym_location_modifier = 61,
  sym_if_directive = 62,
  sym__top_if_directive = 63,
  sym_condition = 64,
  sym__condition_word = 65,
  sym_map_directive = 66,
  sym__top_map_directive = 67,
  sym_entry_block = 68,
  sym__top_entry_block = 69,
  sym_entry = 70,
  sym_lua_directive = 71,
  sym__top_lua_directive = 72,
  sym_lua_block = 73,
  sym__top_lua_block = 74,
  sym_word = 75,
  sym_string = 76,
  sym__double_quoted_content = 77,
  sym__single_quoted_content = 78,
  aux_sym_source_file_repeat1 = 79,
  aux_sym_directive_repeat1 = 80,
  aux_sym_block_repeat1 = 81,
  aux_sym__condition_word_repeat1 = 82,
  aux_sym_entry_block_repeat1 = 83,
  aux_sym_entry_repeat1 = 84,
  aux_sym_word_repeat1 = 85,
  aux_sym_string_repeat1 = 86,
  aux_sym_string_repeat2 = 87,
  aux_sym__double_quoted_content_repeat1 = 88,
  aux_sym__single_quoted_content_repeat1 = 89,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
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
  [sym_directive_name] = "directive_name",
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
  [sym__plain_word] = "word",
  [sym__end_of_input] = "_end_of_input",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym_directive] = "directive",
  [sym_block_directive] = "block_directive",
  [sym__top_block_directive] = "block_directive",
  [sym_block] = "block",
  [sym__top_block] = "block",
  [sym_location_directive] = "location_directive",
  [sym__top_location_directive] = "location_directive",
  [sym_location_modifier] = "location_modifier",
  [sym_if_directive] = "if_directive",
  [sym__top_if_directive] = "if_directive",
  [sym_condition] = "condition",
  [sym__condition_word] = "word",
  [sym_map_directive] = "map_directive",
  [sym__top_map_directive] = "map_directive",
  [sym_entry_block] = "entry_block",
  [sym__top_entry_block] = "entry_block",
  [sym_entry] = "entry",
  [sym_lua_directive] = "lua_directive",
  [sym__top_lua_directive] = "lua_directive",
  [sym_lua_block] = "lua_block",
  [sym__top_lua_block] = "lua_block",
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
  [sym_directive_name] = sym_directive_name,
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
  [sym__plain_word] = sym_word,
  [sym__end_of_input] = sym__end_of_input,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym_directive] = sym_directive,
  [sym_block_directive] = sym_block_directive,
  [sym__top_block_directive] = sym_block_directive,
  [sym_block] = sym_block,
  [sym__top_block] = sym_block,
  [sym_location_directive] = sym_location_directive,
  [sym__top_location_directive] = sym_location_directive,
  [sym_location_modifier] = sym_location_modifier,
  [sym_if_directive] = sym_if_directive,
  [sym__top_if_directive] = sym_if_directive,
  [sym_condition] = sym_condition,
  [sym__condition_word] = sym_word,
  [sym_map_directive] = sym_map_directive,
  [sym__top_map_directive] = sym_map_directive,
  [sym_entry_block] = sym_entry_block,
  [sym__top_entry_block] = sym_entry_block,
  [sym_entry] = sym_entry,
  [sym_lua_directive] = sym_lua_directive,
  [sym__top_lua_directive] = sym_lua_directive,
  [sym_lua_block] = sym_lua_block,
  [sym__top_lua_block] = sym_lua_block,
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
  [sym_directive_name] = {
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
  [sym__plain_word] = {
    .visible = true,
    .named = true,
  },
  [sym__end_of_input] = {
    .visible = false,
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
  [sym__top_block] = {
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
  [sym__condition_word] = {
    .visible = true,
    .named = true,
  },
  [sym_map_directive] = {
    .visible = true,
    .named = true,
  },
  [sym__top_map_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_entry_block] = {
    .visible = true,
    .named = true,
  },
  [sym__top_entry_block] = {
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
  [sym__top_lua_block] = {
    .visible = true,
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
  [4] = {.index = 10, .length = 1},
  [5] = {.index = 11, .length = 2},
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
    {field_argument, 0},
  [11] =
    {field_body, 1},
    {field_name, 0},
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
    {field_value, 0},
  [32] =
    {field_key, 0},
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
  [3] = 2,
  [4] = 4,
  [5] = 5,
  [6] = 4,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 5,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 14,
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
  [30] = 15,
  [31] = 31,
  [32] = 32,
  [33] = 18,
  [34] = 34,
  [35] = 19,
  [36] = 36,
  [37] = 20,
  [38] = 21,
  [39] = 22,
  [40] = 23,
  [41] = 24,
  [42] = 25,
  [43] = 26,
  [44] = 27,
  [45] = 28,
  [46] = 29,
  [47] = 17,
  [48] = 13,
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
  [65] = 12,
  [66] = 66,
  [67] = 66,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 70,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 75,
  [77] = 77,
  [78] = 72,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 87,
  [91] = 91,
  [92] = 80,
  [93] = 88,
  [94] = 82,
  [95] = 79,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 98,
  [100] = 100,
  [101] = 101,
  [102] = 96,
  [103] = 101,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 105,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 105,
  [115] = 115,
  [116] = 106,
  [117] = 115,
  [118] = 113,
  [119] = 119,
  [120] = 106,
  [121] = 113,
  [122] = 115,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 108,
  [128] = 110,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 135,
  [138] = 130,
  [139] = 136,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 142,
  [145] = 145,
  [146] = 146,
  [147] = 145,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 148,
  [152] = 152,
  [153] = 107,
  [154] = 123,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 158,
  [160] = 160,
  [161] = 155,
  [162] = 162,
  [163] = 157,
  [164] = 150,
  [165] = 165,
  [166] = 123,
  [167] = 107,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(311);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(308);
      if (lookahead == '\'') ADVANCE(313);
      if (lookahead == '(') ADVANCE(219);
      if (lookahead == ')') ADVANCE(220);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '=') ADVANCE(204);
      if (lookahead == '@') ADVANCE(214);
      if (lookahead == '\\') ADVANCE(182);
      if (lookahead == '^') ADVANCE(180);
      if (lookahead == 'c') ADVANCE(153);
      if (lookahead == 'g') ADVANCE(147);
      if (lookahead == 'i') ADVANCE(151);
      if (lookahead == 'l') ADVANCE(162);
      if (lookahead == 'm') ADVANCE(140);
      if (lookahead == 's') ADVANCE(165);
      if (lookahead == 't') ADVANCE(177);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '~') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(195)
      END_STATE();
    case 1:
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(324);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(311);
      if (lookahead == '#') ADVANCE(314);
      if (lookahead == '$') ADVANCE(308);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(315);
      if (lookahead != 0) ADVANCE(316);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == ')') ADVANCE(220);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(3)
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(4)
      if (lookahead != 0) ADVANCE(298);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(5)
      if (lookahead != 0 &&
          lookahead != '}') ADVANCE(298);
      END_STATE();
    case 6:
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == '=') ADVANCE(204);
      if (lookahead == '@') ADVANCE(214);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead == '^') ADVANCE(181);
      if (lookahead == '~') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(6)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(209);
      END_STATE();
    case 7:
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(211);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(7)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(212);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(44);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 9:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(46);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 11:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 12:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 13:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(35);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 14:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(56);
      if (lookahead == 'c') ADVANCE(34);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 15:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(56);
      if (lookahead == 'l') ADVANCE(54);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 16:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(56);
      if (lookahead == 'm') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 17:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 18:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(27);
      if (lookahead == 'g') ADVANCE(22);
      if (lookahead == 'i') ADVANCE(26);
      if (lookahead == 'l') ADVANCE(38);
      if (lookahead == 'm') ADVANCE(8);
      if (lookahead == 's') ADVANCE(42);
      if (lookahead == 't') ADVANCE(55);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 19:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(32);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 20:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 21:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 22:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 23:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 24:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 25:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 26:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'f') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 27:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'h') ADVANCE(9);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 28:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'h') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 29:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 30:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 31:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(24);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 32:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'k') ADVANCE(70);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 33:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'l') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 34:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'l') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 35:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'l') ADVANCE(40);
      if (lookahead == 'y') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 36:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'n') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 37:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'n') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 38:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(21);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 39:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 40:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 41:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 42:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(33);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 43:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 44:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(65);
      if (lookahead == 't') ADVANCE(20);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 45:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 46:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'r') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 47:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(25);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 48:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 49:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 50:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 51:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 52:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 53:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 54:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'u') ADVANCE(12);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 55:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'y') ADVANCE(43);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 56:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'y') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 57:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 58:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 59:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 60:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 61:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 62:
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 63:
      if (lookahead == '"') ADVANCE(218);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 64:
      if (lookahead == '"') ADVANCE(226);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 65:
      if (lookahead == '"') ADVANCE(223);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 66:
      if (lookahead == '"') ADVANCE(238);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 67:
      if (lookahead == '"') ADVANCE(229);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 68:
      if (lookahead == '"') ADVANCE(203);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 69:
      if (lookahead == '"') ADVANCE(235);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 70:
      if (lookahead == '"') ADVANCE(239);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 71:
      if (lookahead == '"') ADVANCE(232);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 72:
      if (lookahead == '"') ADVANCE(301);
      if (lookahead == '#') ADVANCE(300);
      if (lookahead == '$') ADVANCE(308);
      if (lookahead == '\'') ADVANCE(301);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(301);
      if (lookahead == 65279) ADVANCE(299);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(5)
      if (lookahead != 0) ADVANCE(301);
      END_STATE();
    case 73:
      if (lookahead == '#') ADVANCE(317);
      if (lookahead == '$') ADVANCE(308);
      if (lookahead == '\'') ADVANCE(313);
      if (lookahead == '\\') ADVANCE(183);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(318);
      if (lookahead != 0) ADVANCE(319);
      END_STATE();
    case 74:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(110);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 75:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 76:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 77:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 78:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 79:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(101);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 80:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(122);
      if (lookahead == 'c') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 81:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(122);
      if (lookahead == 'l') ADVANCE(120);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 82:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(122);
      if (lookahead == 'm') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 83:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 84:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(93);
      if (lookahead == 'g') ADVANCE(88);
      if (lookahead == 'i') ADVANCE(92);
      if (lookahead == 'l') ADVANCE(104);
      if (lookahead == 'm') ADVANCE(74);
      if (lookahead == 's') ADVANCE(108);
      if (lookahead == 't') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 85:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 86:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 87:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 88:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 89:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 90:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 91:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 92:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'f') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 93:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'h') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 94:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'h') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 95:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 96:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 97:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 98:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'k') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 99:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 100:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(97);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 101:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(106);
      if (lookahead == 'y') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 102:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'n') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 103:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'n') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 104:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 105:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 106:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 107:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 108:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(99);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 109:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(89);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 110:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(131);
      if (lookahead == 't') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 111:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 112:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'r') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 113:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 114:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 115:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 116:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 117:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 118:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 119:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 120:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'u') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 121:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'y') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 122:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'y') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 123:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 124:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 125:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 126:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 127:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(79);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 128:
      if (lookahead == '\'') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 129:
      if (lookahead == '\'') ADVANCE(218);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 130:
      if (lookahead == '\'') ADVANCE(226);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 131:
      if (lookahead == '\'') ADVANCE(223);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 132:
      if (lookahead == '\'') ADVANCE(238);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 133:
      if (lookahead == '\'') ADVANCE(229);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 134:
      if (lookahead == '\'') ADVANCE(203);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 135:
      if (lookahead == '\'') ADVANCE(235);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 136:
      if (lookahead == '\'') ADVANCE(239);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 137:
      if (lookahead == '\'') ADVANCE(232);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 138:
      if (lookahead == '_') ADVANCE(159);
      END_STATE();
    case 139:
      if (lookahead == '_') ADVANCE(146);
      END_STATE();
    case 140:
      if (lookahead == 'a') ADVANCE(166);
      END_STATE();
    case 141:
      if (lookahead == 'a') ADVANCE(169);
      END_STATE();
    case 142:
      if (lookahead == 'a') ADVANCE(174);
      END_STATE();
    case 143:
      if (lookahead == 'a') ADVANCE(167);
      END_STATE();
    case 144:
      if (lookahead == 'c') ADVANCE(152);
      END_STATE();
    case 145:
      if (lookahead == 'c') ADVANCE(142);
      END_STATE();
    case 146:
      if (lookahead == 'c') ADVANCE(158);
      END_STATE();
    case 147:
      if (lookahead == 'e') ADVANCE(163);
      END_STATE();
    case 148:
      if (lookahead == 'e') ADVANCE(170);
      END_STATE();
    case 149:
      if (lookahead == 'e') ADVANCE(161);
      END_STATE();
    case 150:
      if (lookahead == 'e') ADVANCE(175);
      END_STATE();
    case 151:
      if (lookahead == 'f') ADVANCE(216);
      END_STATE();
    case 152:
      if (lookahead == 'h') ADVANCE(236);
      END_STATE();
    case 153:
      if (lookahead == 'h') ADVANCE(141);
      END_STATE();
    case 154:
      if (lookahead == 'i') ADVANCE(173);
      END_STATE();
    case 155:
      if (lookahead == 'i') ADVANCE(164);
      END_STATE();
    case 156:
      if (lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 157:
      if (lookahead == 'l') ADVANCE(154);
      END_STATE();
    case 158:
      if (lookahead == 'l') ADVANCE(156);
      END_STATE();
    case 159:
      if (lookahead == 'm') ADVANCE(143);
      END_STATE();
    case 160:
      if (lookahead == 'n') ADVANCE(201);
      END_STATE();
    case 161:
      if (lookahead == 'n') ADVANCE(176);
      END_STATE();
    case 162:
      if (lookahead == 'o') ADVANCE(145);
      END_STATE();
    case 163:
      if (lookahead == 'o') ADVANCE(224);
      END_STATE();
    case 164:
      if (lookahead == 'o') ADVANCE(160);
      END_STATE();
    case 165:
      if (lookahead == 'p') ADVANCE(157);
      END_STATE();
    case 166:
      if (lookahead == 'p') ADVANCE(221);
      if (lookahead == 't') ADVANCE(144);
      END_STATE();
    case 167:
      if (lookahead == 'p') ADVANCE(233);
      END_STATE();
    case 168:
      if (lookahead == 'p') ADVANCE(148);
      END_STATE();
    case 169:
      if (lookahead == 'r') ADVANCE(172);
      END_STATE();
    case 170:
      if (lookahead == 's') ADVANCE(227);
      END_STATE();
    case 171:
      if (lookahead == 's') ADVANCE(230);
      END_STATE();
    case 172:
      if (lookahead == 's') ADVANCE(150);
      END_STATE();
    case 173:
      if (lookahead == 't') ADVANCE(139);
      END_STATE();
    case 174:
      if (lookahead == 't') ADVANCE(155);
      END_STATE();
    case 175:
      if (lookahead == 't') ADVANCE(138);
      END_STATE();
    case 176:
      if (lookahead == 't') ADVANCE(171);
      END_STATE();
    case 177:
      if (lookahead == 'y') ADVANCE(168);
      END_STATE();
    case 178:
      if (lookahead == '}') ADVANCE(304);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 179:
      if (lookahead == '}') ADVANCE(302);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 180:
      if (lookahead == '~') ADVANCE(205);
      END_STATE();
    case 181:
      if (lookahead == '~') ADVANCE(205);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '\\' &&
          lookahead != '{') ADVANCE(209);
      END_STATE();
    case 182:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(320);
      END_STATE();
    case 183:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(320);
      if (lookahead != 0) ADVANCE(319);
      END_STATE();
    case 184:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(320);
      if (lookahead != 0) ADVANCE(316);
      END_STATE();
    case 185:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(319);
      END_STATE();
    case 186:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(316);
      END_STATE();
    case 187:
      if (lookahead != 0) ADVANCE(214);
      END_STATE();
    case 188:
      if (lookahead != 0) ADVANCE(296);
      END_STATE();
    case 189:
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 190:
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 191:
      if (lookahead != 0) ADVANCE(298);
      END_STATE();
    case 192:
      if (lookahead != 0) ADVANCE(301);
      END_STATE();
    case 193:
      if (lookahead != 0) ADVANCE(209);
      END_STATE();
    case 194:
      if (lookahead != 0) ADVANCE(212);
      END_STATE();
    case 195:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(310);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(306);
      if (lookahead == '\'') ADVANCE(312);
      if (lookahead == '(') ADVANCE(219);
      if (lookahead == ')') ADVANCE(220);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '=') ADVANCE(204);
      if (lookahead == '@') ADVANCE(214);
      if (lookahead == '^') ADVANCE(180);
      if (lookahead == 'c') ADVANCE(153);
      if (lookahead == 'g') ADVANCE(147);
      if (lookahead == 'i') ADVANCE(151);
      if (lookahead == 'l') ADVANCE(162);
      if (lookahead == 'm') ADVANCE(140);
      if (lookahead == 's') ADVANCE(165);
      if (lookahead == 't') ADVANCE(177);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '~') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(195)
      END_STATE();
    case 196:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(18);
      if (lookahead == '#') ADVANCE(324);
      if (lookahead == '$') ADVANCE(295);
      if (lookahead == '\'') ADVANCE(84);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'c') ADVANCE(261);
      if (lookahead == 'g') ADVANCE(255);
      if (lookahead == 'i') ADVANCE(259);
      if (lookahead == 'l') ADVANCE(271);
      if (lookahead == 'm') ADVANCE(242);
      if (lookahead == 's') ADVANCE(275);
      if (lookahead == 't') ADVANCE(288);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(196)
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(anon_sym_location);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(anon_sym_location);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(aux_sym_location_directive_token1);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_CARET_TILDE);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(anon_sym_TILDE);
      if (lookahead == '*') ADVANCE(207);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(anon_sym_TILDE_STAR);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(210);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead == '{') ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(209);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(210);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(209);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(210);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(209);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(213);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead == '{') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(212);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(213);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(212);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(213);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(212);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(215);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(214);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(215);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(214);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(anon_sym_if);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(anon_sym_if);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(aux_sym_if_directive_token1);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(anon_sym_map);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(anon_sym_map);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(aux_sym_map_directive_token1);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(anon_sym_geo);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(anon_sym_geo);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(aux_sym_map_directive_token2);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(anon_sym_types);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(anon_sym_types);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(aux_sym_map_directive_token3);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(anon_sym_split_clients);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(anon_sym_split_clients);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(aux_sym_map_directive_token4);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(anon_sym_charset_map);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(anon_sym_charset_map);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(aux_sym_map_directive_token5);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(anon_sym_match);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(anon_sym_match);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(aux_sym_map_directive_token6);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__lua_block_name);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__lua_block_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_directive_name);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'a') ADVANCE(276);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'a') ADVANCE(279);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'a') ADVANCE(283);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'a') ADVANCE(277);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'a') ADVANCE(294);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'b') ADVANCE(268);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'b') ADVANCE(289);
      if (lookahead == 'c') ADVANCE(267);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'b') ADVANCE(289);
      if (lookahead == 'l') ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'b') ADVANCE(289);
      if (lookahead == 'm') ADVANCE(245);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'b') ADVANCE(289);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'c') ADVANCE(265);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'c') ADVANCE(260);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'c') ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'e') ADVANCE(272);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'e') ADVANCE(280);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'e') ADVANCE(270);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'e') ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'f') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'h') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'h') ADVANCE(243);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'i') ADVANCE(284);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'i') ADVANCE(273);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'i') ADVANCE(257);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'k') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'l') ADVANCE(262);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'l') ADVANCE(264);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'l') ADVANCE(274);
      if (lookahead == 'y') ADVANCE(291);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'n') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'n') ADVANCE(285);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'o') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'o') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'o') ADVANCE(269);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'o') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'p') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'p') ADVANCE(222);
      if (lookahead == 't') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'p') ADVANCE(234);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'p') ADVANCE(256);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'r') ADVANCE(282);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 's') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 's') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 's') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 't') ADVANCE(263);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 't') ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 't') ADVANCE(281);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 't') ADVANCE(293);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'u') ADVANCE(246);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'y') ADVANCE(278);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (lookahead == 'y') ADVANCE(291);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(250);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(247);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '{') ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(296);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(297);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__word_text);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(298);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '"') ADVANCE(301);
      if (lookahead == '#') ADVANCE(300);
      if (lookahead == '\'') ADVANCE(301);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == '}') ADVANCE(301);
      if (lookahead == 65279) ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(301);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(300);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(301);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(303);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__variable_immediate);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__variable_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(305);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__dollar);
      if (lookahead == '{') ADVANCE(307);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(303);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__dollar);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (lookahead == '{') ADVANCE(309);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(305);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\n') ADVANCE(316);
      if (lookahead == '\r') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(314);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '#') ADVANCE(314);
      if (lookahead == '\\') ADVANCE(186);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(315);
      if (lookahead != 0 &&
          (lookahead < '"' || '$' < lookahead)) ADVANCE(316);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\\') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(316);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\n') ADVANCE(319);
      if (lookahead == '\r') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(317);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '#') ADVANCE(317);
      if (lookahead == '\\') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(319);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\\') ADVANCE(185);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(319);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(301);
      if (lookahead == '\r') ADVANCE(300);
      if (lookahead != 0) ADVANCE(300);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(319);
      if (lookahead == '\r') ADVANCE(317);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(324);
      if (lookahead != 0) ADVANCE(317);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(316);
      if (lookahead == '\r') ADVANCE(314);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(324);
      if (lookahead != 0) ADVANCE(314);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(324);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 196},
  [2] = {.lex_state = 196, .external_lex_state = 2},
  [3] = {.lex_state = 196, .external_lex_state = 2},
  [4] = {.lex_state = 196, .external_lex_state = 2},
  [5] = {.lex_state = 196, .external_lex_state = 2},
  [6] = {.lex_state = 196, .external_lex_state = 2},
  [7] = {.lex_state = 196},
  [8] = {.lex_state = 196},
  [9] = {.lex_state = 196},
  [10] = {.lex_state = 196},
  [11] = {.lex_state = 196},
  [12] = {.lex_state = 196, .external_lex_state = 2},
  [13] = {.lex_state = 196, .external_lex_state = 2},
  [14] = {.lex_state = 196},
  [15] = {.lex_state = 196, .external_lex_state = 2},
  [16] = {.lex_state = 196, .external_lex_state = 2},
  [17] = {.lex_state = 196, .external_lex_state = 2},
  [18] = {.lex_state = 196, .external_lex_state = 2},
  [19] = {.lex_state = 196, .external_lex_state = 2},
  [20] = {.lex_state = 196, .external_lex_state = 2},
  [21] = {.lex_state = 196, .external_lex_state = 2},
  [22] = {.lex_state = 196, .external_lex_state = 2},
  [23] = {.lex_state = 196, .external_lex_state = 2},
  [24] = {.lex_state = 196, .external_lex_state = 2},
  [25] = {.lex_state = 196, .external_lex_state = 2},
  [26] = {.lex_state = 196, .external_lex_state = 2},
  [27] = {.lex_state = 196, .external_lex_state = 2},
  [28] = {.lex_state = 196, .external_lex_state = 2},
  [29] = {.lex_state = 196, .external_lex_state = 2},
  [30] = {.lex_state = 196},
  [31] = {.lex_state = 196},
  [32] = {.lex_state = 196},
  [33] = {.lex_state = 196},
  [34] = {.lex_state = 196},
  [35] = {.lex_state = 196},
  [36] = {.lex_state = 196},
  [37] = {.lex_state = 196},
  [38] = {.lex_state = 196},
  [39] = {.lex_state = 196},
  [40] = {.lex_state = 196},
  [41] = {.lex_state = 196},
  [42] = {.lex_state = 196},
  [43] = {.lex_state = 196},
  [44] = {.lex_state = 196},
  [45] = {.lex_state = 196},
  [46] = {.lex_state = 196},
  [47] = {.lex_state = 196},
  [48] = {.lex_state = 196},
  [49] = {.lex_state = 196},
  [50] = {.lex_state = 196},
  [51] = {.lex_state = 196},
  [52] = {.lex_state = 196},
  [53] = {.lex_state = 196},
  [54] = {.lex_state = 196},
  [55] = {.lex_state = 196},
  [56] = {.lex_state = 196},
  [57] = {.lex_state = 196},
  [58] = {.lex_state = 196},
  [59] = {.lex_state = 196},
  [60] = {.lex_state = 196},
  [61] = {.lex_state = 196},
  [62] = {.lex_state = 196},
  [63] = {.lex_state = 196},
  [64] = {.lex_state = 196},
  [65] = {.lex_state = 196},
  [66] = {.lex_state = 4, .external_lex_state = 3},
  [67] = {.lex_state = 4, .external_lex_state = 3},
  [68] = {.lex_state = 4, .external_lex_state = 3},
  [69] = {.lex_state = 72, .external_lex_state = 3},
  [70] = {.lex_state = 4, .external_lex_state = 3},
  [71] = {.lex_state = 4, .external_lex_state = 3},
  [72] = {.lex_state = 4, .external_lex_state = 4},
  [73] = {.lex_state = 72, .external_lex_state = 3},
  [74] = {.lex_state = 4, .external_lex_state = 3},
  [75] = {.lex_state = 4, .external_lex_state = 4},
  [76] = {.lex_state = 4, .external_lex_state = 4},
  [77] = {.lex_state = 72, .external_lex_state = 3},
  [78] = {.lex_state = 4, .external_lex_state = 4},
  [79] = {.lex_state = 4, .external_lex_state = 4},
  [80] = {.lex_state = 4, .external_lex_state = 3},
  [81] = {.lex_state = 4, .external_lex_state = 3},
  [82] = {.lex_state = 4, .external_lex_state = 3},
  [83] = {.lex_state = 4, .external_lex_state = 3},
  [84] = {.lex_state = 4, .external_lex_state = 3},
  [85] = {.lex_state = 4, .external_lex_state = 3},
  [86] = {.lex_state = 4, .external_lex_state = 3},
  [87] = {.lex_state = 4, .external_lex_state = 3},
  [88] = {.lex_state = 4, .external_lex_state = 3},
  [89] = {.lex_state = 4, .external_lex_state = 3},
  [90] = {.lex_state = 4, .external_lex_state = 3},
  [91] = {.lex_state = 4, .external_lex_state = 3},
  [92] = {.lex_state = 4, .external_lex_state = 3},
  [93] = {.lex_state = 4, .external_lex_state = 3},
  [94] = {.lex_state = 4, .external_lex_state = 3},
  [95] = {.lex_state = 4, .external_lex_state = 3},
  [96] = {.lex_state = 4, .external_lex_state = 3},
  [97] = {.lex_state = 4, .external_lex_state = 3},
  [98] = {.lex_state = 6},
  [99] = {.lex_state = 6},
  [100] = {.lex_state = 6},
  [101] = {.lex_state = 4, .external_lex_state = 3},
  [102] = {.lex_state = 4, .external_lex_state = 3},
  [103] = {.lex_state = 4, .external_lex_state = 3},
  [104] = {.lex_state = 3, .external_lex_state = 5},
  [105] = {.lex_state = 73},
  [106] = {.lex_state = 73},
  [107] = {.lex_state = 4, .external_lex_state = 3},
  [108] = {.lex_state = 4, .external_lex_state = 4},
  [109] = {.lex_state = 73},
  [110] = {.lex_state = 4, .external_lex_state = 4},
  [111] = {.lex_state = 2},
  [112] = {.lex_state = 73},
  [113] = {.lex_state = 2},
  [114] = {.lex_state = 73},
  [115] = {.lex_state = 2},
  [116] = {.lex_state = 73},
  [117] = {.lex_state = 2},
  [118] = {.lex_state = 2},
  [119] = {.lex_state = 4, .external_lex_state = 3},
  [120] = {.lex_state = 73},
  [121] = {.lex_state = 2},
  [122] = {.lex_state = 2},
  [123] = {.lex_state = 4, .external_lex_state = 3},
  [124] = {.lex_state = 4, .external_lex_state = 3},
  [125] = {.lex_state = 4, .external_lex_state = 6},
  [126] = {.lex_state = 4, .external_lex_state = 6},
  [127] = {.lex_state = 4, .external_lex_state = 3},
  [128] = {.lex_state = 4, .external_lex_state = 3},
  [129] = {.lex_state = 0, .external_lex_state = 7},
  [130] = {.lex_state = 0, .external_lex_state = 7},
  [131] = {.lex_state = 2},
  [132] = {.lex_state = 2},
  [133] = {.lex_state = 73},
  [134] = {.lex_state = 73},
  [135] = {.lex_state = 0, .external_lex_state = 7},
  [136] = {.lex_state = 0, .external_lex_state = 7},
  [137] = {.lex_state = 0, .external_lex_state = 8},
  [138] = {.lex_state = 0, .external_lex_state = 8},
  [139] = {.lex_state = 0, .external_lex_state = 8},
  [140] = {.lex_state = 0, .external_lex_state = 8},
  [141] = {.lex_state = 0, .external_lex_state = 8},
  [142] = {.lex_state = 7},
  [143] = {.lex_state = 7},
  [144] = {.lex_state = 7},
  [145] = {.lex_state = 0, .external_lex_state = 9},
  [146] = {.lex_state = 7},
  [147] = {.lex_state = 0, .external_lex_state = 9},
  [148] = {.lex_state = 0},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 0},
  [151] = {.lex_state = 0},
  [152] = {.lex_state = 0, .external_lex_state = 10},
  [153] = {.lex_state = 0},
  [154] = {.lex_state = 0},
  [155] = {.lex_state = 0},
  [156] = {.lex_state = 0, .external_lex_state = 11},
  [157] = {.lex_state = 0, .external_lex_state = 2},
  [158] = {.lex_state = 0},
  [159] = {.lex_state = 0},
  [160] = {.lex_state = 0},
  [161] = {.lex_state = 0},
  [162] = {.lex_state = 0},
  [163] = {.lex_state = 0, .external_lex_state = 2},
  [164] = {.lex_state = 0},
  [165] = {.lex_state = 0},
  [166] = {.lex_state = 0, .external_lex_state = 11},
  [167] = {.lex_state = 0, .external_lex_state = 11},
  [168] = {.lex_state = 0},
  [169] = {.lex_state = 0},
  [170] = {.lex_state = 0},
  [171] = {.lex_state = 0},
  [172] = {.lex_state = 0},
  [173] = {.lex_state = 0},
  [174] = {.lex_state = 0},
  [175] = {.lex_state = 0},
};

enum {
  ts_external_token_lua_code = 0,
  ts_external_token__cond_text = 1,
  ts_external_token__cond_text_immediate = 2,
  ts_external_token__binary_operator = 3,
  ts_external_token__file_operator = 4,
  ts_external_token__plain_word = 5,
  ts_external_token__end_of_input = 6,
  ts_external_token__error_sentinel = 7,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_lua_code] = sym_lua_code,
  [ts_external_token__cond_text] = sym__cond_text,
  [ts_external_token__cond_text_immediate] = sym__cond_text_immediate,
  [ts_external_token__binary_operator] = sym__binary_operator,
  [ts_external_token__file_operator] = sym__file_operator,
  [ts_external_token__plain_word] = sym__plain_word,
  [ts_external_token__end_of_input] = sym__end_of_input,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[12][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_lua_code] = true,
    [ts_external_token__cond_text] = true,
    [ts_external_token__cond_text_immediate] = true,
    [ts_external_token__binary_operator] = true,
    [ts_external_token__file_operator] = true,
    [ts_external_token__plain_word] = true,
    [ts_external_token__end_of_input] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__end_of_input] = true,
  },
  [3] = {
    [ts_external_token__plain_word] = true,
  },
  [4] = {
    [ts_external_token__plain_word] = true,
    [ts_external_token__end_of_input] = true,
  },
  [5] = {
    [ts_external_token__cond_text] = true,
    [ts_external_token__file_operator] = true,
  },
  [6] = {
    [ts_external_token__cond_text] = true,
  },
  [7] = {
    [ts_external_token__cond_text_immediate] = true,
    [ts_external_token__binary_operator] = true,
  },
  [8] = {
    [ts_external_token__cond_text_immediate] = true,
  },
  [9] = {
    [ts_external_token_lua_code] = true,
    [ts_external_token__end_of_input] = true,
  },
  [10] = {
    [ts_external_token_lua_code] = true,
  },
  [11] = {
    [ts_external_token__binary_operator] = true,
  },
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
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
    [sym__plain_word] = ACTIONS(1),
    [sym__end_of_input] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(172),
    [sym_directive] = STATE(7),
    [sym__top_block_directive] = STATE(34),
    [sym__top_location_directive] = STATE(63),
    [sym__top_if_directive] = STATE(58),
    [sym__top_map_directive] = STATE(57),
    [sym__top_lua_directive] = STATE(32),
    [aux_sym_source_file_repeat1] = STATE(7),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_location] = ACTIONS(7),
    [aux_sym_location_directive_token1] = ACTIONS(9),
    [anon_sym_if] = ACTIONS(11),
    [aux_sym_if_directive_token1] = ACTIONS(13),
    [anon_sym_map] = ACTIONS(15),
    [aux_sym_map_directive_token1] = ACTIONS(17),
    [anon_sym_geo] = ACTIONS(15),
    [aux_sym_map_directive_token2] = ACTIONS(17),
    [anon_sym_types] = ACTIONS(15),
    [aux_sym_map_directive_token3] = ACTIONS(17),
    [anon_sym_split_clients] = ACTIONS(15),
    [aux_sym_map_directive_token4] = ACTIONS(17),
    [anon_sym_charset_map] = ACTIONS(15),
    [aux_sym_map_directive_token5] = ACTIONS(17),
    [anon_sym_match] = ACTIONS(15),
    [aux_sym_map_directive_token6] = ACTIONS(17),
    [sym__lua_block_name] = ACTIONS(19),
    [sym_directive_name] = ACTIONS(21),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(25), 1,
      anon_sym_location,
    ACTIONS(27), 1,
      aux_sym_location_directive_token1,
    ACTIONS(29), 1,
      anon_sym_if,
    ACTIONS(31), 1,
      aux_sym_if_directive_token1,
    ACTIONS(37), 1,
      sym__lua_block_name,
    ACTIONS(39), 1,
      sym_directive_name,
    ACTIONS(23), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(33), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(35), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(5), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [51] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(25), 1,
      anon_sym_location,
    ACTIONS(27), 1,
      aux_sym_location_directive_token1,
    ACTIONS(29), 1,
      anon_sym_if,
    ACTIONS(31), 1,
      aux_sym_if_directive_token1,
    ACTIONS(37), 1,
      sym__lua_block_name,
    ACTIONS(39), 1,
      sym_directive_name,
    ACTIONS(41), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(33), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(35), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(5), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [102] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(25), 1,
      anon_sym_location,
    ACTIONS(27), 1,
      aux_sym_location_directive_token1,
    ACTIONS(29), 1,
      anon_sym_if,
    ACTIONS(31), 1,
      aux_sym_if_directive_token1,
    ACTIONS(37), 1,
      sym__lua_block_name,
    ACTIONS(39), 1,
      sym_directive_name,
    ACTIONS(43), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(33), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(35), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(2), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [153] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_location,
    ACTIONS(50), 1,
      aux_sym_location_directive_token1,
    ACTIONS(53), 1,
      anon_sym_if,
    ACTIONS(56), 1,
      aux_sym_if_directive_token1,
    ACTIONS(65), 1,
      sym__lua_block_name,
    ACTIONS(68), 1,
      sym_directive_name,
    ACTIONS(45), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(59), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(62), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(5), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [204] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(25), 1,
      anon_sym_location,
    ACTIONS(27), 1,
      aux_sym_location_directive_token1,
    ACTIONS(29), 1,
      anon_sym_if,
    ACTIONS(31), 1,
      aux_sym_if_directive_token1,
    ACTIONS(37), 1,
      sym__lua_block_name,
    ACTIONS(39), 1,
      sym_directive_name,
    ACTIONS(71), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(33), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(35), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(3), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [255] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_location,
    ACTIONS(9), 1,
      aux_sym_location_directive_token1,
    ACTIONS(11), 1,
      anon_sym_if,
    ACTIONS(13), 1,
      aux_sym_if_directive_token1,
    ACTIONS(19), 1,
      sym__lua_block_name,
    ACTIONS(21), 1,
      sym_directive_name,
    ACTIONS(73), 1,
      ts_builtin_sym_end,
    STATE(32), 1,
      sym__top_lua_directive,
    STATE(34), 1,
      sym__top_block_directive,
    STATE(57), 1,
      sym__top_map_directive,
    STATE(58), 1,
      sym__top_if_directive,
    STATE(63), 1,
      sym__top_location_directive,
    STATE(8), 2,
      sym_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(15), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(17), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
  [315] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(75), 1,
      ts_builtin_sym_end,
    ACTIONS(77), 1,
      anon_sym_location,
    ACTIONS(80), 1,
      aux_sym_location_directive_token1,
    ACTIONS(83), 1,
      anon_sym_if,
    ACTIONS(86), 1,
      aux_sym_if_directive_token1,
    ACTIONS(95), 1,
      sym__lua_block_name,
    ACTIONS(98), 1,
      sym_directive_name,
    STATE(32), 1,
      sym__top_lua_directive,
    STATE(34), 1,
      sym__top_block_directive,
    STATE(57), 1,
      sym__top_map_directive,
    STATE(58), 1,
      sym__top_if_directive,
    STATE(63), 1,
      sym__top_location_directive,
    STATE(8), 2,
      sym_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(89), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(92), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
  [375] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_RBRACE,
    ACTIONS(103), 1,
      anon_sym_location,
    ACTIONS(105), 1,
      aux_sym_location_directive_token1,
    ACTIONS(107), 1,
      anon_sym_if,
    ACTIONS(109), 1,
      aux_sym_if_directive_token1,
    ACTIONS(115), 1,
      sym__lua_block_name,
    ACTIONS(117), 1,
      sym_directive_name,
    ACTIONS(111), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(113), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(11), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [425] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(45), 1,
      anon_sym_RBRACE,
    ACTIONS(119), 1,
      anon_sym_location,
    ACTIONS(122), 1,
      aux_sym_location_directive_token1,
    ACTIONS(125), 1,
      anon_sym_if,
    ACTIONS(128), 1,
      aux_sym_if_directive_token1,
    ACTIONS(137), 1,
      sym__lua_block_name,
    ACTIONS(140), 1,
      sym_directive_name,
    ACTIONS(131), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(134), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(10), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [475] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(103), 1,
      anon_sym_location,
    ACTIONS(105), 1,
      aux_sym_location_directive_token1,
    ACTIONS(107), 1,
      anon_sym_if,
    ACTIONS(109), 1,
      aux_sym_if_directive_token1,
    ACTIONS(115), 1,
      sym__lua_block_name,
    ACTIONS(117), 1,
      sym_directive_name,
    ACTIONS(143), 1,
      anon_sym_RBRACE,
    ACTIONS(111), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    ACTIONS(113), 6,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    STATE(10), 7,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_block_repeat1,
  [525] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [553] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [581] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 10,
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
  [609] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [637] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [665] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [693] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [721] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(169), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [749] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [777] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [805] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(183), 10,
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
  [833] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(187), 10,
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
  [861] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [889] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
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
  [917] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(199), 10,
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
  [945] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(203), 10,
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
  [973] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(205), 10,
      sym__end_of_input,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(207), 10,
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
  [1001] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 10,
      sym__end_of_input,
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
  [1029] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 10,
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
  [1057] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(213), 9,
      ts_builtin_sym_end,
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
  [1084] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 9,
      ts_builtin_sym_end,
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
  [1111] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 9,
      anon_sym_RBRACE,
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
  [1138] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 9,
      ts_builtin_sym_end,
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
  [1165] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(169), 9,
      anon_sym_RBRACE,
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
  [1192] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 9,
      ts_builtin_sym_end,
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
  [1219] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 9,
      anon_sym_RBRACE,
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
  [1246] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 9,
      anon_sym_RBRACE,
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
  [1273] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(183), 10,
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
  [1300] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(187), 10,
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
  [1327] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 9,
      anon_sym_RBRACE,
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
  [1354] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 9,
      anon_sym_RBRACE,
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
  [1381] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(199), 10,
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
  [1408] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(203), 10,
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
  [1435] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(205), 9,
      anon_sym_RBRACE,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(207), 10,
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
  [1462] = 3,
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
  [1489] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 9,
      anon_sym_RBRACE,
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
  [1516] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 9,
      anon_sym_RBRACE,
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
  [1543] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(225), 9,
      ts_builtin_sym_end,
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
  [1570] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(231), 10,
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
  [1597] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(235), 10,
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
  [1624] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(239), 10,
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
  [1651] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(243), 10,
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
  [1678] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(247), 10,
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
  [1705] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(249), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(251), 10,
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
  [1732] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(255), 10,
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
  [1759] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 9,
      ts_builtin_sym_end,
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
  [1786] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(259), 10,
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
  [1813] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(261), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(263), 10,
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
  [1840] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(265), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(267), 10,
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
  [1867] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(269), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(271), 10,
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
  [1894] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(275), 10,
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
  [1921] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(279), 10,
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
  [1948] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 9,
      ts_builtin_sym_end,
      aux_sym_location_directive_token1,
      aux_sym_if_directive_token1,
      aux_sym_map_directive_token1,
      aux_sym_map_directive_token2,
      aux_sym_map_directive_token3,
      aux_sym_map_directive_token4,
      aux_sym_map_directive_token5,
      aux_sym_map_directive_token6,
    ACTIONS(283), 10,
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
  [1975] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 9,
      anon_sym_RBRACE,
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
  [2002] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(285), 1,
      anon_sym_SEMI,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    STATE(19), 1,
      sym_block,
    STATE(71), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2038] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(299), 1,
      anon_sym_SEMI,
    ACTIONS(301), 1,
      anon_sym_LBRACE,
    STATE(35), 1,
      sym_block,
    STATE(70), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2074] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(299), 1,
      anon_sym_SEMI,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    STATE(64), 1,
      sym__top_block,
    STATE(74), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2110] = 6,
    ACTIONS(309), 1,
      sym__dollar_immediate,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(313), 1,
      sym__plain_word,
    STATE(73), 1,
      aux_sym_word_repeat1,
    ACTIONS(307), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(305), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2136] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(301), 1,
      anon_sym_LBRACE,
    ACTIONS(315), 1,
      anon_sym_SEMI,
    STATE(44), 1,
      sym_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2172] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(317), 1,
      anon_sym_SEMI,
    STATE(27), 1,
      sym_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2208] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(321), 1,
      sym__plain_word,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    ACTIONS(319), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    STATE(79), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(102), 2,
      sym_word,
      sym_string,
  [2240] = 6,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(328), 1,
      sym__dollar_immediate,
    ACTIONS(331), 1,
      sym__plain_word,
    STATE(73), 1,
      aux_sym_word_repeat1,
    ACTIONS(325), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(323), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2266] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    ACTIONS(315), 1,
      anon_sym_SEMI,
    STATE(59), 1,
      sym__top_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2302] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(321), 1,
      sym__plain_word,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    ACTIONS(333), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    STATE(72), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(102), 2,
      sym_word,
      sym_string,
  [2334] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(321), 1,
      sym__plain_word,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    ACTIONS(335), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    STATE(78), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(102), 2,
      sym_word,
      sym_string,
  [2366] = 6,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(341), 1,
      sym__dollar_immediate,
    ACTIONS(343), 1,
      sym__plain_word,
    STATE(69), 1,
      aux_sym_word_repeat1,
    ACTIONS(339), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(337), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2392] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(321), 1,
      sym__plain_word,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    ACTIONS(345), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    STATE(79), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(102), 2,
      sym_word,
      sym_string,
  [2424] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(352), 1,
      sym__dollar,
    ACTIONS(355), 1,
      anon_sym_DQUOTE,
    ACTIONS(358), 1,
      anon_sym_SQUOTE,
    ACTIONS(361), 1,
      sym__plain_word,
    ACTIONS(347), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
    ACTIONS(349), 2,
      sym__word_text,
      sym_variable,
    STATE(79), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(102), 2,
      sym_word,
      sym_string,
  [2456] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(364), 1,
      anon_sym_LBRACE,
    STATE(40), 1,
      sym_entry_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2489] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(366), 1,
      anon_sym_RBRACE,
    ACTIONS(368), 1,
      sym__plain_word,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(83), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(96), 2,
      sym_word,
      sym_string,
  [2520] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(370), 1,
      anon_sym_LBRACE,
    STATE(42), 1,
      sym_lua_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2553] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(368), 1,
      sym__plain_word,
    ACTIONS(372), 1,
      anon_sym_RBRACE,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(95), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(96), 2,
      sym_word,
      sym_string,
  [2584] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(379), 1,
      sym__dollar,
    ACTIONS(382), 1,
      anon_sym_DQUOTE,
    ACTIONS(385), 1,
      anon_sym_SQUOTE,
    ACTIONS(388), 1,
      sym__plain_word,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(374), 2,
      anon_sym_SEMI,
      anon_sym_LBRACE,
    ACTIONS(376), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2615] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(391), 1,
      anon_sym_LBRACE,
    STATE(31), 1,
      sym__top_entry_block,
    STATE(89), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2648] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(393), 1,
      anon_sym_LBRACE,
    STATE(53), 1,
      sym__top_lua_block,
    STATE(91), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2681] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(364), 1,
      anon_sym_LBRACE,
    STATE(47), 1,
      sym_entry_block,
    STATE(80), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2714] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(370), 1,
      anon_sym_LBRACE,
    STATE(33), 1,
      sym_lua_block,
    STATE(82), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2747] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(391), 1,
      anon_sym_LBRACE,
    STATE(52), 1,
      sym__top_entry_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2780] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(395), 1,
      anon_sym_LBRACE,
    STATE(17), 1,
      sym_entry_block,
    STATE(92), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2813] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(393), 1,
      anon_sym_LBRACE,
    STATE(55), 1,
      sym__top_lua_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2846] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(395), 1,
      anon_sym_LBRACE,
    STATE(23), 1,
      sym_entry_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2879] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(397), 1,
      anon_sym_LBRACE,
    STATE(18), 1,
      sym_lua_block,
    STATE(94), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2912] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(297), 1,
      sym__plain_word,
    ACTIONS(397), 1,
      anon_sym_LBRACE,
    STATE(25), 1,
      sym_lua_block,
    STATE(84), 1,
      aux_sym_directive_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(119), 2,
      sym_word,
      sym_string,
  [2945] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(347), 1,
      anon_sym_RBRACE,
    ACTIONS(352), 1,
      sym__dollar,
    ACTIONS(355), 1,
      anon_sym_DQUOTE,
    ACTIONS(358), 1,
      anon_sym_SQUOTE,
    ACTIONS(399), 1,
      sym__plain_word,
    ACTIONS(349), 2,
      sym__word_text,
      sym_variable,
    STATE(95), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(96), 2,
      sym_word,
      sym_string,
  [2976] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(402), 1,
      anon_sym_SEMI,
    ACTIONS(404), 1,
      sym__plain_word,
    STATE(103), 1,
      aux_sym_entry_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(124), 2,
      sym_word,
      sym_string,
  [3006] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(406), 1,
      anon_sym_SEMI,
    ACTIONS(411), 1,
      sym__dollar,
    ACTIONS(414), 1,
      anon_sym_DQUOTE,
    ACTIONS(417), 1,
      anon_sym_SQUOTE,
    ACTIONS(420), 1,
      sym__plain_word,
    STATE(97), 1,
      aux_sym_entry_repeat1,
    ACTIONS(408), 2,
      sym__word_text,
      sym_variable,
    STATE(124), 2,
      sym_word,
      sym_string,
  [3036] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_TILDE,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    STATE(144), 1,
      sym_location_modifier,
    STATE(155), 1,
      sym_string,
    ACTIONS(427), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(423), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [3064] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_TILDE,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    STATE(142), 1,
      sym_location_modifier,
    STATE(161), 1,
      sym_string,
    ACTIONS(433), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(423), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [3092] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_TILDE,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    STATE(143), 1,
      sym_location_modifier,
    STATE(149), 1,
      sym_string,
    ACTIONS(435), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(423), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [3120] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(404), 1,
      sym__plain_word,
    ACTIONS(437), 1,
      anon_sym_SEMI,
    STATE(97), 1,
      aux_sym_entry_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(124), 2,
      sym_word,
      sym_string,
  [3150] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(404), 1,
      sym__plain_word,
    ACTIONS(439), 1,
      anon_sym_SEMI,
    STATE(101), 1,
      aux_sym_entry_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(124), 2,
      sym_word,
      sym_string,
  [3180] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      sym__dollar,
    ACTIONS(293), 1,
      anon_sym_DQUOTE,
    ACTIONS(295), 1,
      anon_sym_SQUOTE,
    ACTIONS(404), 1,
      sym__plain_word,
    ACTIONS(441), 1,
      anon_sym_SEMI,
    STATE(97), 1,
      aux_sym_entry_repeat1,
    ACTIONS(289), 2,
      sym__word_text,
      sym_variable,
    STATE(124), 2,
      sym_word,
      sym_string,
  [3210] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 1,
      anon_sym_RPAREN,
    ACTIONS(445), 1,
      sym_variable,
    ACTIONS(447), 1,
      sym__dollar,
    ACTIONS(449), 1,
      anon_sym_DQUOTE,
    ACTIONS(451), 1,
      anon_sym_SQUOTE,
    ACTIONS(453), 1,
      sym__cond_text,
    ACTIONS(455), 1,
      sym__file_operator,
    STATE(156), 2,
      sym__condition_word,
      sym_string,
  [3239] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(461), 1,
      anon_sym_SQUOTE2,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(457), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(106), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3263] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    ACTIONS(467), 1,
      anon_sym_SQUOTE2,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(465), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(112), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3287] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 1,
      sym__dollar,
    ACTIONS(469), 7,
      sym__plain_word,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3303] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 1,
      sym__dollar,
    ACTIONS(473), 7,
      sym__plain_word,
      sym__end_of_input,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3319] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    ACTIONS(479), 1,
      anon_sym_SQUOTE2,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(477), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(120), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3343] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym__dollar,
    ACTIONS(481), 7,
      sym__plain_word,
      sym__end_of_input,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3359] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(488), 1,
      sym__dollar_immediate,
    ACTIONS(491), 1,
      anon_sym_DQUOTE2,
    ACTIONS(493), 1,
      sym__double_quoted_text,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(485), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(111), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3383] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(499), 1,
      sym__dollar_immediate,
    ACTIONS(502), 1,
      anon_sym_SQUOTE2,
    ACTIONS(504), 1,
      sym__single_quoted_text,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(496), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(112), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3407] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(511), 1,
      anon_sym_DQUOTE2,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(507), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(115), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3431] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    ACTIONS(511), 1,
      anon_sym_SQUOTE2,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(515), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(116), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3455] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    ACTIONS(519), 1,
      anon_sym_DQUOTE2,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(517), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(111), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3479] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    ACTIONS(519), 1,
      anon_sym_SQUOTE2,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(465), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(112), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3503] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    ACTIONS(521), 1,
      anon_sym_DQUOTE2,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(517), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(111), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3527] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(479), 1,
      anon_sym_DQUOTE2,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(523), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(117), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3551] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 1,
      sym__dollar,
    ACTIONS(525), 7,
      sym__plain_word,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3567] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym__dollar_immediate,
    ACTIONS(463), 1,
      sym__single_quoted_text,
    ACTIONS(521), 1,
      anon_sym_SQUOTE2,
    STATE(133), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(465), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(112), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [3591] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(461), 1,
      anon_sym_DQUOTE2,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(529), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(122), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3615] = 7,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(467), 1,
      anon_sym_DQUOTE2,
    ACTIONS(509), 1,
      sym__dollar_immediate,
    ACTIONS(513), 1,
      sym__double_quoted_text,
    STATE(131), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(517), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(111), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [3639] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(533), 1,
      sym__dollar,
    ACTIONS(531), 7,
      sym__plain_word,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3655] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(537), 1,
      sym__dollar,
    ACTIONS(535), 6,
      sym__plain_word,
      anon_sym_SEMI,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3670] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    ACTIONS(539), 1,
      sym_variable,
    ACTIONS(541), 1,
      sym__dollar,
    ACTIONS(543), 1,
      sym__cond_text,
    STATE(175), 2,
      sym__condition_word,
      sym_string,
  [3693] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    ACTIONS(541), 1,
      sym__dollar,
    ACTIONS(543), 1,
      sym__cond_text,
    ACTIONS(545), 1,
      sym_variable,
    STATE(174), 2,
      sym__condition_word,
      sym_string,
  [3716] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 1,
      sym__dollar,
    ACTIONS(473), 6,
      sym__plain_word,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3731] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym__dollar,
    ACTIONS(481), 6,
      sym__plain_word,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [3746] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(547), 1,
      anon_sym_RPAREN,
    ACTIONS(551), 1,
      sym__dollar_immediate,
    ACTIONS(553), 1,
      sym__binary_operator,
    STATE(135), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(549), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3766] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(560), 1,
      sym__dollar_immediate,
    STATE(130), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(555), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(557), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3784] = 5,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(565), 1,
      sym__dollar_immediate,
    ACTIONS(567), 1,
      sym__double_quoted_text,
    STATE(132), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(563), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [3802] = 5,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(571), 1,
      sym__dollar_immediate,
    ACTIONS(574), 1,
      sym__double_quoted_text,
    STATE(132), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(569), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [3820] = 5,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(579), 1,
      sym__dollar_immediate,
    ACTIONS(581), 1,
      sym__single_quoted_text,
    STATE(134), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(577), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [3838] = 5,
    ACTIONS(311), 1,
      sym_comment,
    ACTIONS(585), 1,
      sym__dollar_immediate,
    ACTIONS(588), 1,
      sym__single_quoted_text,
    STATE(134), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(583), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [3856] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(595), 1,
      sym__dollar_immediate,
    STATE(130), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(591), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(593), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3874] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(551), 1,
      sym__dollar_immediate,
    STATE(135), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(549), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    ACTIONS(597), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [3892] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(591), 1,
      anon_sym_RPAREN,
    ACTIONS(601), 1,
      sym__dollar_immediate,
    STATE(138), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(599), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3909] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(555), 1,
      anon_sym_RPAREN,
    ACTIONS(606), 1,
      sym__dollar_immediate,
    STATE(138), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(603), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3926] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(597), 1,
      anon_sym_RPAREN,
    ACTIONS(611), 1,
      sym__dollar_immediate,
    STATE(137), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(609), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3943] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 1,
      sym__dollar_immediate,
    ACTIONS(613), 1,
      anon_sym_RPAREN,
    STATE(137), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(609), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3960] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 1,
      sym__dollar_immediate,
    ACTIONS(615), 1,
      anon_sym_RPAREN,
    STATE(137), 1,
      aux_sym__condition_word_repeat1,
    ACTIONS(609), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
  [3977] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    ACTIONS(617), 1,
      sym__location_path_after_modifier,
    STATE(151), 1,
      sym_string,
  [3993] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    ACTIONS(619), 1,
      sym__location_path_after_modifier,
    STATE(160), 1,
      sym_string,
  [4009] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_DQUOTE,
    ACTIONS(431), 1,
      anon_sym_SQUOTE,
    ACTIONS(621), 1,
      sym__location_path_after_modifier,
    STATE(148), 1,
      sym_string,
  [4025] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(625), 1,
      sym_lua_code,
    ACTIONS(623), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
  [4036] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(627), 3,
      sym__location_path_after_modifier,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [4045] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(631), 1,
      sym_lua_code,
    ACTIONS(629), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
  [4056] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    STATE(28), 1,
      sym_block,
  [4066] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    STATE(49), 1,
      sym__top_block,
  [4076] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    STATE(21), 1,
      sym_block,
  [4086] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_LBRACE,
    STATE(45), 1,
      sym_block,
  [4096] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(633), 1,
      anon_sym_RBRACE,
    ACTIONS(635), 1,
      sym_lua_code,
  [4106] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(469), 2,
      anon_sym_LBRACE,
      anon_sym_RPAREN,
  [4114] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 2,
      anon_sym_LBRACE,
      anon_sym_RPAREN,
  [4122] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    STATE(20), 1,
      sym_block,
  [4132] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(547), 1,
      anon_sym_RPAREN,
    ACTIONS(553), 1,
      sym__binary_operator,
  [4142] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(637), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
  [4150] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(639), 1,
      anon_sym_LPAREN,
    STATE(150), 1,
      sym_condition,
  [4160] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(639), 1,
      anon_sym_LPAREN,
    STATE(164), 1,
      sym_condition,
  [4170] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    STATE(60), 1,
      sym__top_block,
  [4180] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_LBRACE,
    STATE(37), 1,
      sym_block,
  [4190] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(639), 1,
      anon_sym_LPAREN,
    STATE(165), 1,
      sym_condition,
  [4200] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(641), 2,
      sym__end_of_input,
      anon_sym_RBRACE,
  [4208] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_LBRACE,
    STATE(38), 1,
      sym_block,
  [4218] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    STATE(50), 1,
      sym__top_block,
  [4228] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [4236] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(469), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [4244] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(643), 1,
      anon_sym_RBRACE,
  [4251] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(645), 1,
      anon_sym_LBRACE,
  [4258] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(647), 1,
      anon_sym_LBRACE,
  [4265] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(649), 1,
      anon_sym_LBRACE,
  [4272] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
  [4279] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(653), 1,
      anon_sym_LBRACE,
  [4286] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(615), 1,
      anon_sym_RPAREN,
  [4293] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(613), 1,
      anon_sym_RPAREN,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 51,
  [SMALL_STATE(4)] = 102,
  [SMALL_STATE(5)] = 153,
  [SMALL_STATE(6)] = 204,
  [SMALL_STATE(7)] = 255,
  [SMALL_STATE(8)] = 315,
  [SMALL_STATE(9)] = 375,
  [SMALL_STATE(10)] = 425,
  [SMALL_STATE(11)] = 475,
  [SMALL_STATE(12)] = 525,
  [SMALL_STATE(13)] = 553,
  [SMALL_STATE(14)] = 581,
  [SMALL_STATE(15)] = 609,
  [SMALL_STATE(16)] = 637,
  [SMALL_STATE(17)] = 665,
  [SMALL_STATE(18)] = 693,
  [SMALL_STATE(19)] = 721,
  [SMALL_STATE(20)] = 749,
  [SMALL_STATE(21)] = 777,
  [SMALL_STATE(22)] = 805,
  [SMALL_STATE(23)] = 833,
  [SMALL_STATE(24)] = 861,
  [SMALL_STATE(25)] = 889,
  [SMALL_STATE(26)] = 917,
  [SMALL_STATE(27)] = 945,
  [SMALL_STATE(28)] = 973,
  [SMALL_STATE(29)] = 1001,
  [SMALL_STATE(30)] = 1029,
  [SMALL_STATE(31)] = 1057,
  [SMALL_STATE(32)] = 1084,
  [SMALL_STATE(33)] = 1111,
  [SMALL_STATE(34)] = 1138,
  [SMALL_STATE(35)] = 1165,
  [SMALL_STATE(36)] = 1192,
  [SMALL_STATE(37)] = 1219,
  [SMALL_STATE(38)] = 1246,
  [SMALL_STATE(39)] = 1273,
  [SMALL_STATE(40)] = 1300,
  [SMALL_STATE(41)] = 1327,
  [SMALL_STATE(42)] = 1354,
  [SMALL_STATE(43)] = 1381,
  [SMALL_STATE(44)] = 1408,
  [SMALL_STATE(45)] = 1435,
  [SMALL_STATE(46)] = 1462,
  [SMALL_STATE(47)] = 1489,
  [SMALL_STATE(48)] = 1516,
  [SMALL_STATE(49)] = 1543,
  [SMALL_STATE(50)] = 1570,
  [SMALL_STATE(51)] = 1597,
  [SMALL_STATE(52)] = 1624,
  [SMALL_STATE(53)] = 1651,
  [SMALL_STATE(54)] = 1678,
  [SMALL_STATE(55)] = 1705,
  [SMALL_STATE(56)] = 1732,
  [SMALL_STATE(57)] = 1759,
  [SMALL_STATE(58)] = 1786,
  [SMALL_STATE(59)] = 1813,
  [SMALL_STATE(60)] = 1840,
  [SMALL_STATE(61)] = 1867,
  [SMALL_STATE(62)] = 1894,
  [SMALL_STATE(63)] = 1921,
  [SMALL_STATE(64)] = 1948,
  [SMALL_STATE(65)] = 1975,
  [SMALL_STATE(66)] = 2002,
  [SMALL_STATE(67)] = 2038,
  [SMALL_STATE(68)] = 2074,
  [SMALL_STATE(69)] = 2110,
  [SMALL_STATE(70)] = 2136,
  [SMALL_STATE(71)] = 2172,
  [SMALL_STATE(72)] = 2208,
  [SMALL_STATE(73)] = 2240,
  [SMALL_STATE(74)] = 2266,
  [SMALL_STATE(75)] = 2302,
  [SMALL_STATE(76)] = 2334,
  [SMALL_STATE(77)] = 2366,
  [SMALL_STATE(78)] = 2392,
  [SMALL_STATE(79)] = 2424,
  [SMALL_STATE(80)] = 2456,
  [SMALL_STATE(81)] = 2489,
  [SMALL_STATE(82)] = 2520,
  [SMALL_STATE(83)] = 2553,
  [SMALL_STATE(84)] = 2584,
  [SMALL_STATE(85)] = 2615,
  [SMALL_STATE(86)] = 2648,
  [SMALL_STATE(87)] = 2681,
  [SMALL_STATE(88)] = 2714,
  [SMALL_STATE(89)] = 2747,
  [SMALL_STATE(90)] = 2780,
  [SMALL_STATE(91)] = 2813,
  [SMALL_STATE(92)] = 2846,
  [SMALL_STATE(93)] = 2879,
  [SMALL_STATE(94)] = 2912,
  [SMALL_STATE(95)] = 2945,
  [SMALL_STATE(96)] = 2976,
  [SMALL_STATE(97)] = 3006,
  [SMALL_STATE(98)] = 3036,
  [SMALL_STATE(99)] = 3064,
  [SMALL_STATE(100)] = 3092,
  [SMALL_STATE(101)] = 3120,
  [SMALL_STATE(102)] = 3150,
  [SMALL_STATE(103)] = 3180,
  [SMALL_STATE(104)] = 3210,
  [SMALL_STATE(105)] = 3239,
  [SMALL_STATE(106)] = 3263,
  [SMALL_STATE(107)] = 3287,
  [SMALL_STATE(108)] = 3303,
  [SMALL_STATE(109)] = 3319,
  [SMALL_STATE(110)] = 3343,
  [SMALL_STATE(111)] = 3359,
  [SMALL_STATE(112)] = 3383,
  [SMALL_STATE(113)] = 3407,
  [SMALL_STATE(114)] = 3431,
  [SMALL_STATE(115)] = 3455,
  [SMALL_STATE(116)] = 3479,
  [SMALL_STATE(117)] = 3503,
  [SMALL_STATE(118)] = 3527,
  [SMALL_STATE(119)] = 3551,
  [SMALL_STATE(120)] = 3567,
  [SMALL_STATE(121)] = 3591,
  [SMALL_STATE(122)] = 3615,
  [SMALL_STATE(123)] = 3639,
  [SMALL_STATE(124)] = 3655,
  [SMALL_STATE(125)] = 3670,
  [SMALL_STATE(126)] = 3693,
  [SMALL_STATE(127)] = 3716,
  [SMALL_STATE(128)] = 3731,
  [SMALL_STATE(129)] = 3746,
  [SMALL_STATE(130)] = 3766,
  [SMALL_STATE(131)] = 3784,
  [SMALL_STATE(132)] = 3802,
  [SMALL_STATE(133)] = 3820,
  [SMALL_STATE(134)] = 3838,
  [SMALL_STATE(135)] = 3856,
  [SMALL_STATE(136)] = 3874,
  [SMALL_STATE(137)] = 3892,
  [SMALL_STATE(138)] = 3909,
  [SMALL_STATE(139)] = 3926,
  [SMALL_STATE(140)] = 3943,
  [SMALL_STATE(141)] = 3960,
  [SMALL_STATE(142)] = 3977,
  [SMALL_STATE(143)] = 3993,
  [SMALL_STATE(144)] = 4009,
  [SMALL_STATE(145)] = 4025,
  [SMALL_STATE(146)] = 4036,
  [SMALL_STATE(147)] = 4045,
  [SMALL_STATE(148)] = 4056,
  [SMALL_STATE(149)] = 4066,
  [SMALL_STATE(150)] = 4076,
  [SMALL_STATE(151)] = 4086,
  [SMALL_STATE(152)] = 4096,
  [SMALL_STATE(153)] = 4106,
  [SMALL_STATE(154)] = 4114,
  [SMALL_STATE(155)] = 4122,
  [SMALL_STATE(156)] = 4132,
  [SMALL_STATE(157)] = 4142,
  [SMALL_STATE(158)] = 4150,
  [SMALL_STATE(159)] = 4160,
  [SMALL_STATE(160)] = 4170,
  [SMALL_STATE(161)] = 4180,
  [SMALL_STATE(162)] = 4190,
  [SMALL_STATE(163)] = 4200,
  [SMALL_STATE(164)] = 4208,
  [SMALL_STATE(165)] = 4218,
  [SMALL_STATE(166)] = 4228,
  [SMALL_STATE(167)] = 4236,
  [SMALL_STATE(168)] = 4244,
  [SMALL_STATE(169)] = 4251,
  [SMALL_STATE(170)] = 4258,
  [SMALL_STATE(171)] = 4265,
  [SMALL_STATE(172)] = 4272,
  [SMALL_STATE(173)] = 4279,
  [SMALL_STATE(174)] = 4286,
  [SMALL_STATE(175)] = 4293,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2),
  [47] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(98),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(98),
  [53] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(158),
  [56] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(158),
  [59] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(90),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(90),
  [65] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(93),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(66),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [73] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [75] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [77] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(100),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(100),
  [83] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(162),
  [86] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(162),
  [89] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(85),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(85),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(86),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(68),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(159),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [111] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [115] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [117] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [119] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(99),
  [122] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(99),
  [125] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(159),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(159),
  [131] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(87),
  [134] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(87),
  [137] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(88),
  [140] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_block_repeat1, 2), SHIFT_REPEAT(67),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 3),
  [147] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 3),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3),
  [151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3),
  [153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 11),
  [155] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 11),
  [157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 6),
  [159] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 6),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 2, .production_id = 5),
  [163] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 2, .production_id = 5),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 2, .production_id = 5),
  [167] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 2, .production_id = 5),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 2, .production_id = 5),
  [171] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 2, .production_id = 5),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 3, .production_id = 7),
  [175] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 3, .production_id = 7),
  [177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_directive, 3, .production_id = 8),
  [179] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_directive, 3, .production_id = 8),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 2),
  [183] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 2),
  [185] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 3, .production_id = 9),
  [187] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 3, .production_id = 9),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 2),
  [191] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 2),
  [193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 3, .production_id = 9),
  [195] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 3, .production_id = 9),
  [197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2),
  [199] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 3, .production_id = 9),
  [203] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 3, .production_id = 9),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 4, .production_id = 12),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 4, .production_id = 12),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 3),
  [211] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 3),
  [213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_map_directive, 2, .production_id = 5),
  [215] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_map_directive, 2, .production_id = 5),
  [217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 1),
  [219] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 1),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block, 3),
  [223] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block, 3),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_location_directive, 3, .production_id = 7),
  [227] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_location_directive, 3, .production_id = 7),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_if_directive, 3, .production_id = 8),
  [231] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_if_directive, 3, .production_id = 8),
  [233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_entry_block, 2),
  [235] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_entry_block, 2),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_map_directive, 3, .production_id = 9),
  [239] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_map_directive, 3, .production_id = 9),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_directive, 2, .production_id = 5),
  [243] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_directive, 2, .production_id = 5),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_block, 2),
  [247] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_block, 2),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_directive, 3, .production_id = 9),
  [251] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_directive, 3, .production_id = 9),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block, 2),
  [255] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block, 2),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 3),
  [259] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 3),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block_directive, 3, .production_id = 9),
  [263] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block_directive, 3, .production_id = 9),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_location_directive, 4, .production_id = 12),
  [267] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_location_directive, 4, .production_id = 12),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_entry_block, 3),
  [271] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_entry_block, 3),
  [273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_lua_block, 3),
  [275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_lua_block, 3),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 2),
  [279] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 1, .production_id = 2),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__top_block_directive, 2, .production_id = 5),
  [283] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__top_block_directive, 2, .production_id = 5),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [291] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [305] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(73),
  [311] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [313] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2),
  [315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [323] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2),
  [325] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(73),
  [328] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(73),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [337] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [341] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2),
  [349] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(77),
  [352] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(77),
  [355] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(113),
  [358] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(114),
  [361] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(102),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10),
  [376] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(77),
  [379] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(77),
  [382] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(113),
  [385] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(114),
  [388] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 10), SHIFT_REPEAT(119),
  [391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [399] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(96),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16),
  [408] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(77),
  [411] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(77),
  [414] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(113),
  [417] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(114),
  [420] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 16), SHIFT_REPEAT(124),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(146),
  [427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [447] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, .production_id = 14),
  [475] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, .production_id = 14),
  [477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [481] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, .production_id = 15),
  [483] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 3, .production_id = 15),
  [485] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(111),
  [488] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(131),
  [491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2),
  [493] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(131),
  [496] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(112),
  [499] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(133),
  [502] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2),
  [504] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(133),
  [507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [509] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [525] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 4),
  [527] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 4),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2),
  [535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 13),
  [537] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 13),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [541] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [551] = {.entry = {.count = 1, .reusable = false}}, SHIFT(135),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2),
  [557] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(130),
  [560] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(130),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__double_quoted_content, 1),
  [565] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2),
  [571] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(132),
  [574] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(132),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__single_quoted_content, 1),
  [579] = {.entry = {.count = 1, .reusable = false}}, SHIFT(134),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [583] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2),
  [585] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(134),
  [588] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(134),
  [591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 2),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [595] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [597] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 1),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [601] = {.entry = {.count = 1, .reusable = false}}, SHIFT(138),
  [603] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(138),
  [606] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(138),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(137),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_modifier, 1),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 5),
  [647] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 4),
  [649] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 2),
  [651] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 3),
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
