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
#define STATE_COUNT 95
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 91
#define ALIAS_COUNT 0
#define TOKEN_COUNT 59
#define EXTERNAL_TOKEN_COUNT 6
#define FIELD_COUNT 8
#define MAX_ALIAS_SEQUENCE_LENGTH 5
#define PRODUCTION_ID_COUNT 14

enum {
  anon_sym_SEMI = 1,
  anon_sym_LBRACE = 2,
  anon_sym_RBRACE = 3,
  anon_sym_location = 4,
  anon_sym_DQUOTElocation_DQUOTE = 5,
  anon_sym_SQUOTElocation_SQUOTE = 6,
  anon_sym_EQ = 7,
  anon_sym_CARET_TILDE = 8,
  anon_sym_TILDE = 9,
  anon_sym_TILDE_STAR = 10,
  sym_location_path = 11,
  sym__location_path_after_modifier = 12,
  sym_named_location = 13,
  anon_sym_if = 14,
  anon_sym_DQUOTEif_DQUOTE = 15,
  anon_sym_SQUOTEif_SQUOTE = 16,
  anon_sym_LPAREN = 17,
  anon_sym_RPAREN = 18,
  anon_sym_map = 19,
  anon_sym_DQUOTEmap_DQUOTE = 20,
  anon_sym_SQUOTEmap_SQUOTE = 21,
  anon_sym_geo = 22,
  anon_sym_DQUOTEgeo_DQUOTE = 23,
  anon_sym_SQUOTEgeo_SQUOTE = 24,
  anon_sym_types = 25,
  anon_sym_DQUOTEtypes_DQUOTE = 26,
  anon_sym_SQUOTEtypes_SQUOTE = 27,
  anon_sym_split_clients = 28,
  anon_sym_DQUOTEsplit_clients_DQUOTE = 29,
  anon_sym_SQUOTEsplit_clients_SQUOTE = 30,
  anon_sym_charset_map = 31,
  anon_sym_DQUOTEcharset_map_DQUOTE = 32,
  anon_sym_SQUOTEcharset_map_SQUOTE = 33,
  anon_sym_match = 34,
  anon_sym_DQUOTEmatch_DQUOTE = 35,
  anon_sym_SQUOTEmatch_SQUOTE = 36,
  sym__lua_block_name = 37,
  sym_directive_name = 38,
  sym__word_text = 39,
  sym__word_text_immediate = 40,
  sym_variable = 41,
  sym__variable_immediate = 42,
  sym__dollar = 43,
  sym__dollar_immediate = 44,
  anon_sym_DQUOTE = 45,
  anon_sym_DQUOTE2 = 46,
  anon_sym_SQUOTE = 47,
  anon_sym_SQUOTE2 = 48,
  sym__double_quoted_text = 49,
  sym__single_quoted_text = 50,
  sym_escape_sequence = 51,
  sym_comment = 52,
  sym_lua_code = 53,
  sym__cond_text = 54,
  sym__cond_text_immediate = 55,
  sym__binary_operator = 56,
  sym__file_operator = 57,
  sym__error_sentinel = 58,
  sym_source_file = 59,
  sym__statement = 60,
  sym_directive = 61,
  sym_block_directive = 62,
  sym_block = 63,
  sym_location_directive = 64,
  sym_location_modifier = 65,
  sym_if_directive = 66,
  sym_condition = 67,
  sym__operand = 68,
  sym__condition_word = 69,
  sym__condition_word_piece = 70,
  sym_map_directive = 71,
  sym_entry_block = 72,
  sym_entry = 73,
  sym_lua_directive = 74,
  sym_lua_block = 75,
  sym__argument = 76,
  sym_word = 77,
  sym_string = 78,
  sym__double_quoted_content = 79,
  sym__single_quoted_content = 80,
  aux_sym_source_file_repeat1 = 81,
  aux_sym_directive_repeat1 = 82,
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
  [anon_sym_SEMI] = ";",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_location] = "directive_name",
  [anon_sym_DQUOTElocation_DQUOTE] = "directive_name",
  [anon_sym_SQUOTElocation_SQUOTE] = "directive_name",
  [anon_sym_EQ] = "=",
  [anon_sym_CARET_TILDE] = "^~",
  [anon_sym_TILDE] = "~",
  [anon_sym_TILDE_STAR] = "~*",
  [sym_location_path] = "location_path",
  [sym__location_path_after_modifier] = "location_path",
  [sym_named_location] = "named_location",
  [anon_sym_if] = "directive_name",
  [anon_sym_DQUOTEif_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEif_SQUOTE] = "directive_name",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_map] = "directive_name",
  [anon_sym_DQUOTEmap_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEmap_SQUOTE] = "directive_name",
  [anon_sym_geo] = "directive_name",
  [anon_sym_DQUOTEgeo_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEgeo_SQUOTE] = "directive_name",
  [anon_sym_types] = "directive_name",
  [anon_sym_DQUOTEtypes_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEtypes_SQUOTE] = "directive_name",
  [anon_sym_split_clients] = "directive_name",
  [anon_sym_DQUOTEsplit_clients_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEsplit_clients_SQUOTE] = "directive_name",
  [anon_sym_charset_map] = "directive_name",
  [anon_sym_DQUOTEcharset_map_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEcharset_map_SQUOTE] = "directive_name",
  [anon_sym_match] = "directive_name",
  [anon_sym_DQUOTEmatch_DQUOTE] = "directive_name",
  [anon_sym_SQUOTEmatch_SQUOTE] = "directive_name",
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
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym__statement] = "_statement",
  [sym_directive] = "directive",
  [sym_block_directive] = "block_directive",
  [sym_block] = "block",
  [sym_location_directive] = "location_directive",
  [sym_location_modifier] = "location_modifier",
  [sym_if_directive] = "if_directive",
  [sym_condition] = "condition",
  [sym__operand] = "_operand",
  [sym__condition_word] = "word",
  [sym__condition_word_piece] = "_condition_word_piece",
  [sym_map_directive] = "map_directive",
  [sym_entry_block] = "entry_block",
  [sym_entry] = "entry",
  [sym_lua_directive] = "lua_directive",
  [sym_lua_block] = "lua_block",
  [sym__argument] = "_argument",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym__double_quoted_content] = "string_content",
  [sym__single_quoted_content] = "string_content",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_directive_repeat1] = "directive_repeat1",
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
  [anon_sym_DQUOTElocation_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTElocation_SQUOTE] = sym_directive_name,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_CARET_TILDE] = anon_sym_CARET_TILDE,
  [anon_sym_TILDE] = anon_sym_TILDE,
  [anon_sym_TILDE_STAR] = anon_sym_TILDE_STAR,
  [sym_location_path] = sym_location_path,
  [sym__location_path_after_modifier] = sym_location_path,
  [sym_named_location] = sym_named_location,
  [anon_sym_if] = sym_directive_name,
  [anon_sym_DQUOTEif_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEif_SQUOTE] = sym_directive_name,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_map] = sym_directive_name,
  [anon_sym_DQUOTEmap_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEmap_SQUOTE] = sym_directive_name,
  [anon_sym_geo] = sym_directive_name,
  [anon_sym_DQUOTEgeo_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEgeo_SQUOTE] = sym_directive_name,
  [anon_sym_types] = sym_directive_name,
  [anon_sym_DQUOTEtypes_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEtypes_SQUOTE] = sym_directive_name,
  [anon_sym_split_clients] = sym_directive_name,
  [anon_sym_DQUOTEsplit_clients_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEsplit_clients_SQUOTE] = sym_directive_name,
  [anon_sym_charset_map] = sym_directive_name,
  [anon_sym_DQUOTEcharset_map_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEcharset_map_SQUOTE] = sym_directive_name,
  [anon_sym_match] = sym_directive_name,
  [anon_sym_DQUOTEmatch_DQUOTE] = sym_directive_name,
  [anon_sym_SQUOTEmatch_SQUOTE] = sym_directive_name,
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
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym__statement] = sym__statement,
  [sym_directive] = sym_directive,
  [sym_block_directive] = sym_block_directive,
  [sym_block] = sym_block,
  [sym_location_directive] = sym_location_directive,
  [sym_location_modifier] = sym_location_modifier,
  [sym_if_directive] = sym_if_directive,
  [sym_condition] = sym_condition,
  [sym__operand] = sym__operand,
  [sym__condition_word] = sym_word,
  [sym__condition_word_piece] = sym__condition_word_piece,
  [sym_map_directive] = sym_map_directive,
  [sym_entry_block] = sym_entry_block,
  [sym_entry] = sym_entry,
  [sym_lua_directive] = sym_lua_directive,
  [sym_lua_block] = sym_lua_block,
  [sym__argument] = sym__argument,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym__double_quoted_content] = sym__double_quoted_content,
  [sym__single_quoted_content] = sym__double_quoted_content,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_directive_repeat1] = aux_sym_directive_repeat1,
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
  [anon_sym_DQUOTElocation_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTElocation_SQUOTE] = {
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
  [anon_sym_DQUOTEif_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEif_SQUOTE] = {
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
  [anon_sym_DQUOTEmap_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEmap_SQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_geo] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTEgeo_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEgeo_SQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_types] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTEtypes_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEtypes_SQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_split_clients] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTEsplit_clients_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEsplit_clients_SQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_charset_map] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTEcharset_map_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEcharset_map_SQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_match] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTEmatch_DQUOTE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTEmatch_SQUOTE] = {
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
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
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
  [sym_block] = {
    .visible = true,
    .named = true,
  },
  [sym_location_directive] = {
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
  [sym_lua_block] = {
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
  [1] = {.index = 0, .length = 2},
  [2] = {.index = 2, .length = 1},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 3},
  [5] = {.index = 7, .length = 3},
  [6] = {.index = 10, .length = 3},
  [7] = {.index = 13, .length = 2},
  [8] = {.index = 15, .length = 2},
  [9] = {.index = 17, .length = 4},
  [10] = {.index = 21, .length = 1},
  [11] = {.index = 22, .length = 1},
  [12] = {.index = 23, .length = 2},
  [13] = {.index = 25, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_body, 1},
    {field_name, 0},
  [2] =
    {field_argument, 0},
  [3] =
    {field_name, 0},
  [4] =
    {field_body, 2},
    {field_name, 0},
    {field_path, 1},
  [7] =
    {field_body, 2},
    {field_condition, 1},
    {field_name, 0},
  [10] =
    {field_argument, 1, .inherited = true},
    {field_body, 2},
    {field_name, 0},
  [13] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [15] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [17] =
    {field_body, 3},
    {field_modifier, 1},
    {field_name, 0},
    {field_path, 2},
  [21] =
    {field_key, 0},
  [22] =
    {field_value, 0},
  [23] =
    {field_key, 0},
    {field_value, 1, .inherited = true},
  [25] =
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
  [48] = 44,
  [49] = 41,
  [50] = 50,
  [51] = 41,
  [52] = 50,
  [53] = 43,
  [54] = 44,
  [55] = 50,
  [56] = 43,
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
  [69] = 58,
  [70] = 59,
  [71] = 62,
  [72] = 72,
  [73] = 63,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 60,
  [83] = 61,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 60,
  [91] = 91,
  [92] = 61,
  [93] = 93,
  [94] = 94,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(319);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\'') ADVANCE(321);
      if (lookahead == '(') ADVANCE(221);
      if (lookahead == ')') ADVANCE(222);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '=') ADVANCE(205);
      if (lookahead == '@') ADVANCE(215);
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
      if (lookahead == '~') ADVANCE(207);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(195)
      END_STATE();
    case 1:
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(332);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(319);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\\') ADVANCE(183);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(323);
      if (lookahead != 0) ADVANCE(324);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == ')') ADVANCE(222);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(3)
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(4)
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 5:
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(5)
      if (lookahead != 0 &&
          lookahead != '}') ADVANCE(306);
      END_STATE();
    case 6:
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(209);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == '=') ADVANCE(205);
      if (lookahead == '@') ADVANCE(215);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead == '^') ADVANCE(181);
      if (lookahead == '~') ADVANCE(207);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(6)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(210);
      END_STATE();
    case 7:
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(212);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(7)
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(213);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(44);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 9:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(46);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 11:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 12:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'a') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 13:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(35);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 14:
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'b') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 18:
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(32);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 20:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 21:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'c') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 22:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 23:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 24:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 25:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'e') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 26:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'f') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 27:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'h') ADVANCE(9);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 28:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'h') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 29:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 30:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 31:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'i') ADVANCE(24);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 32:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'k') ADVANCE(70);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 33:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'l') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 34:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'l') ADVANCE(31);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 35:
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'n') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 37:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'n') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 38:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(21);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 39:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 40:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 41:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'o') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 42:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(33);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 43:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 44:
      if (lookahead == '"') ADVANCE(249);
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
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'p') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 46:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'r') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 47:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(25);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 48:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 49:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 's') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 50:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 51:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 52:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 53:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 't') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 54:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'u') ADVANCE(12);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 55:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'y') ADVANCE(43);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 56:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (lookahead == 'y') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 57:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 58:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 59:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(14);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 60:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 61:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(13);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 62:
      if (lookahead == '"') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 63:
      if (lookahead == '"') ADVANCE(219);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 64:
      if (lookahead == '"') ADVANCE(229);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 65:
      if (lookahead == '"') ADVANCE(225);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 66:
      if (lookahead == '"') ADVANCE(245);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 67:
      if (lookahead == '"') ADVANCE(233);
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
      if (lookahead == '"') ADVANCE(241);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 70:
      if (lookahead == '"') ADVANCE(247);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 71:
      if (lookahead == '"') ADVANCE(237);
      if (lookahead == '\\') ADVANCE(189);
      if (lookahead == '_') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 72:
      if (lookahead == '"') ADVANCE(309);
      if (lookahead == '#') ADVANCE(308);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\'') ADVANCE(309);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == '{') ADVANCE(199);
      if (lookahead == '}') ADVANCE(309);
      if (lookahead == 65279) ADVANCE(307);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(5)
      if (lookahead != 0) ADVANCE(309);
      END_STATE();
    case 73:
      if (lookahead == '#') ADVANCE(325);
      if (lookahead == '$') ADVANCE(316);
      if (lookahead == '\'') ADVANCE(321);
      if (lookahead == '\\') ADVANCE(184);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(326);
      if (lookahead != 0) ADVANCE(327);
      END_STATE();
    case 74:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(110);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 75:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 76:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 77:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 78:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'a') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 79:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(101);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 80:
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'b') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 84:
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 86:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 87:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'c') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 88:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 89:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 90:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 91:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'e') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 92:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'f') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 93:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'h') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 94:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'h') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 95:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 96:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 97:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'i') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 98:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'k') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 99:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 100:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(97);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 101:
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'n') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 103:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'n') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 104:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 105:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 106:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 107:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'o') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 108:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(99);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 109:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(89);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 110:
      if (lookahead == '\'') ADVANCE(249);
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
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'p') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 112:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'r') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 113:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 114:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 115:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 's') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 116:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 117:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 118:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 119:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 't') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 120:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'u') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 121:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'y') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 122:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (lookahead == 'y') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 123:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 124:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 125:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 126:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 127:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(79);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 128:
      if (lookahead == '\'') ADVANCE(249);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 129:
      if (lookahead == '\'') ADVANCE(220);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 130:
      if (lookahead == '\'') ADVANCE(230);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 131:
      if (lookahead == '\'') ADVANCE(226);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 132:
      if (lookahead == '\'') ADVANCE(246);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 133:
      if (lookahead == '\'') ADVANCE(234);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 134:
      if (lookahead == '\'') ADVANCE(204);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 135:
      if (lookahead == '\'') ADVANCE(242);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 136:
      if (lookahead == '\'') ADVANCE(247);
      if (lookahead == '\\') ADVANCE(190);
      if (lookahead == '_') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(123);
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 137:
      if (lookahead == '\'') ADVANCE(238);
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
      if (lookahead == 'f') ADVANCE(217);
      END_STATE();
    case 152:
      if (lookahead == 'h') ADVANCE(243);
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
      if (lookahead == 'o') ADVANCE(227);
      END_STATE();
    case 164:
      if (lookahead == 'o') ADVANCE(160);
      END_STATE();
    case 165:
      if (lookahead == 'p') ADVANCE(157);
      END_STATE();
    case 166:
      if (lookahead == 'p') ADVANCE(223);
      if (lookahead == 't') ADVANCE(144);
      END_STATE();
    case 167:
      if (lookahead == 'p') ADVANCE(239);
      END_STATE();
    case 168:
      if (lookahead == 'p') ADVANCE(148);
      END_STATE();
    case 169:
      if (lookahead == 'r') ADVANCE(172);
      END_STATE();
    case 170:
      if (lookahead == 's') ADVANCE(231);
      END_STATE();
    case 171:
      if (lookahead == 's') ADVANCE(235);
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
      if (lookahead == '}') ADVANCE(312);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 179:
      if (lookahead == '}') ADVANCE(310);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 180:
      if (lookahead == '~') ADVANCE(206);
      END_STATE();
    case 181:
      if (lookahead == '~') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '\\' &&
          lookahead != '{') ADVANCE(210);
      END_STATE();
    case 182:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(328);
      END_STATE();
    case 183:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(328);
      if (lookahead != 0) ADVANCE(324);
      END_STATE();
    case 184:
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(328);
      if (lookahead != 0) ADVANCE(327);
      END_STATE();
    case 185:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(324);
      END_STATE();
    case 186:
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '\'' &&
          lookahead != '\\' &&
          lookahead != 'n' &&
          lookahead != 'r' &&
          lookahead != 't') ADVANCE(327);
      END_STATE();
    case 187:
      if (lookahead != 0) ADVANCE(215);
      END_STATE();
    case 188:
      if (lookahead != 0) ADVANCE(304);
      END_STATE();
    case 189:
      if (lookahead != 0) ADVANCE(62);
      END_STATE();
    case 190:
      if (lookahead != 0) ADVANCE(128);
      END_STATE();
    case 191:
      if (lookahead != 0) ADVANCE(306);
      END_STATE();
    case 192:
      if (lookahead != 0) ADVANCE(309);
      END_STATE();
    case 193:
      if (lookahead != 0) ADVANCE(210);
      END_STATE();
    case 194:
      if (lookahead != 0) ADVANCE(213);
      END_STATE();
    case 195:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(318);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(314);
      if (lookahead == '\'') ADVANCE(320);
      if (lookahead == '(') ADVANCE(221);
      if (lookahead == ')') ADVANCE(222);
      if (lookahead == ';') ADVANCE(198);
      if (lookahead == '=') ADVANCE(205);
      if (lookahead == '@') ADVANCE(215);
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
      if (lookahead == '~') ADVANCE(207);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(195)
      END_STATE();
    case 196:
      if (eof) ADVANCE(197);
      if (lookahead == '"') ADVANCE(18);
      if (lookahead == '#') ADVANCE(332);
      if (lookahead == '$') ADVANCE(303);
      if (lookahead == '\'') ADVANCE(84);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'c') ADVANCE(269);
      if (lookahead == 'g') ADVANCE(263);
      if (lookahead == 'i') ADVANCE(267);
      if (lookahead == 'l') ADVANCE(279);
      if (lookahead == 'm') ADVANCE(250);
      if (lookahead == 's') ADVANCE(283);
      if (lookahead == 't') ADVANCE(296);
      if (lookahead == '}') ADVANCE(200);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(196)
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
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
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(anon_sym_DQUOTElocation_DQUOTE);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(anon_sym_SQUOTElocation_SQUOTE);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(anon_sym_CARET_TILDE);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(anon_sym_TILDE);
      if (lookahead == '*') ADVANCE(208);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(anon_sym_TILDE_STAR);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(211);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead == '{') ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(210);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(211);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(210);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_location_path);
      if (lookahead == '$') ADVANCE(211);
      if (lookahead == '\\') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(210);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(214);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead == '{') ADVANCE(213);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(213);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(214);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(213);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__location_path_after_modifier);
      if (lookahead == '$') ADVANCE(214);
      if (lookahead == '\\') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(213);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(216);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(215);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_named_location);
      if (lookahead == '$') ADVANCE(216);
      if (lookahead == '\\') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(215);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(anon_sym_if);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(anon_sym_if);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(anon_sym_DQUOTEif_DQUOTE);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(anon_sym_SQUOTEif_SQUOTE);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(anon_sym_map);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(anon_sym_map);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(anon_sym_DQUOTEmap_DQUOTE);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(anon_sym_SQUOTEmap_SQUOTE);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(anon_sym_geo);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(anon_sym_geo);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(anon_sym_DQUOTEgeo_DQUOTE);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(anon_sym_SQUOTEgeo_SQUOTE);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(anon_sym_types);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(anon_sym_types);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(anon_sym_DQUOTEtypes_DQUOTE);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(anon_sym_SQUOTEtypes_SQUOTE);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(anon_sym_split_clients);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(anon_sym_split_clients);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(anon_sym_DQUOTEsplit_clients_DQUOTE);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(anon_sym_SQUOTEsplit_clients_SQUOTE);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(anon_sym_charset_map);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(anon_sym_charset_map);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(anon_sym_DQUOTEcharset_map_DQUOTE);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(anon_sym_SQUOTEcharset_map_SQUOTE);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(anon_sym_match);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(anon_sym_match);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(anon_sym_DQUOTEmatch_DQUOTE);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(anon_sym_SQUOTEmatch_SQUOTE);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__lua_block_name);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__lua_block_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_directive_name);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'a') ADVANCE(284);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'a') ADVANCE(287);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'a') ADVANCE(291);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'a') ADVANCE(285);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'a') ADVANCE(302);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'b') ADVANCE(276);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'b') ADVANCE(297);
      if (lookahead == 'c') ADVANCE(275);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'b') ADVANCE(297);
      if (lookahead == 'l') ADVANCE(295);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'b') ADVANCE(297);
      if (lookahead == 'm') ADVANCE(253);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'b') ADVANCE(297);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'c') ADVANCE(273);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'c') ADVANCE(268);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'c') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'e') ADVANCE(280);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'e') ADVANCE(288);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'e') ADVANCE(278);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'e') ADVANCE(294);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'f') ADVANCE(218);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'h') ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'h') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'i') ADVANCE(292);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'i') ADVANCE(281);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'i') ADVANCE(265);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'k') ADVANCE(248);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'l') ADVANCE(270);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'l') ADVANCE(272);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'l') ADVANCE(282);
      if (lookahead == 'y') ADVANCE(299);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'n') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'n') ADVANCE(293);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'o') ADVANCE(262);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'o') ADVANCE(228);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'o') ADVANCE(277);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'o') ADVANCE(260);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'p') ADVANCE(274);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'p') ADVANCE(224);
      if (lookahead == 't') ADVANCE(261);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'p') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'p') ADVANCE(264);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'r') ADVANCE(290);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 's') ADVANCE(232);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 's') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 's') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 't') ADVANCE(271);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 't') ADVANCE(300);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 't') ADVANCE(289);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 't') ADVANCE(301);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'u') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'y') ADVANCE(286);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (lookahead == 'y') ADVANCE(299);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(257);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(256);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '_') ADVANCE(255);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead == '{') ADVANCE(304);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(304);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_directive_name);
      if (lookahead == '$') ADVANCE(305);
      if (lookahead == '\\') ADVANCE(188);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__word_text);
      if (lookahead == '\\') ADVANCE(191);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(306);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '"') ADVANCE(309);
      if (lookahead == '#') ADVANCE(308);
      if (lookahead == '\'') ADVANCE(309);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead == '}') ADVANCE(309);
      if (lookahead == 65279) ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(309);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(308);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__word_text_immediate);
      if (lookahead == '\\') ADVANCE(192);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '$' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(309);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_variable);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_variable);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__variable_immediate);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__variable_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(313);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__dollar);
      if (lookahead == '{') ADVANCE(315);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__dollar);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (lookahead == '{') ADVANCE(317);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(313);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__dollar_immediate);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\n') ADVANCE(324);
      if (lookahead == '\r') ADVANCE(322);
      if (lookahead == '\\') ADVANCE(330);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(322);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '\\') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(323);
      if (lookahead != 0 &&
          (lookahead < '"' || '$' < lookahead)) ADVANCE(324);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym__double_quoted_text);
      if (lookahead == '\\') ADVANCE(185);
      if (lookahead != 0 &&
          lookahead != '"' &&
          lookahead != '$') ADVANCE(324);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\n') ADVANCE(327);
      if (lookahead == '\r') ADVANCE(325);
      if (lookahead == '\\') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(325);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '#') ADVANCE(325);
      if (lookahead == '\\') ADVANCE(186);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ' ||
          lookahead == 65279) ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(327);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym__single_quoted_text);
      if (lookahead == '\\') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\'') ADVANCE(327);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(309);
      if (lookahead == '\r') ADVANCE(308);
      if (lookahead != 0) ADVANCE(308);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(324);
      if (lookahead == '\r') ADVANCE(322);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(332);
      if (lookahead != 0) ADVANCE(322);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\n') ADVANCE(327);
      if (lookahead == '\r') ADVANCE(325);
      if (lookahead == '"' ||
          lookahead == '\'' ||
          lookahead == '\\' ||
          lookahead == 'n' ||
          lookahead == 'r' ||
          lookahead == 't') ADVANCE(332);
      if (lookahead != 0) ADVANCE(325);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(332);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 196},
  [2] = {.lex_state = 196},
  [3] = {.lex_state = 196},
  [4] = {.lex_state = 196},
  [5] = {.lex_state = 196},
  [6] = {.lex_state = 196},
  [7] = {.lex_state = 196},
  [8] = {.lex_state = 196},
  [9] = {.lex_state = 196},
  [10] = {.lex_state = 196},
  [11] = {.lex_state = 196},
  [12] = {.lex_state = 196},
  [13] = {.lex_state = 196},
  [14] = {.lex_state = 196},
  [15] = {.lex_state = 196},
  [16] = {.lex_state = 196},
  [17] = {.lex_state = 196},
  [18] = {.lex_state = 196},
  [19] = {.lex_state = 196},
  [20] = {.lex_state = 196},
  [21] = {.lex_state = 196},
  [22] = {.lex_state = 196},
  [23] = {.lex_state = 4},
  [24] = {.lex_state = 4},
  [25] = {.lex_state = 4},
  [26] = {.lex_state = 72},
  [27] = {.lex_state = 4},
  [28] = {.lex_state = 72},
  [29] = {.lex_state = 4},
  [30] = {.lex_state = 4},
  [31] = {.lex_state = 72},
  [32] = {.lex_state = 4},
  [33] = {.lex_state = 4},
  [34] = {.lex_state = 4},
  [35] = {.lex_state = 4},
  [36] = {.lex_state = 6},
  [37] = {.lex_state = 4},
  [38] = {.lex_state = 3, .external_lex_state = 2},
  [39] = {.lex_state = 4},
  [40] = {.lex_state = 4},
  [41] = {.lex_state = 2},
  [42] = {.lex_state = 73},
  [43] = {.lex_state = 2},
  [44] = {.lex_state = 73},
  [45] = {.lex_state = 2},
  [46] = {.lex_state = 4, .external_lex_state = 3},
  [47] = {.lex_state = 4, .external_lex_state = 3},
  [48] = {.lex_state = 73},
  [49] = {.lex_state = 2},
  [50] = {.lex_state = 73},
  [51] = {.lex_state = 2},
  [52] = {.lex_state = 73},
  [53] = {.lex_state = 2},
  [54] = {.lex_state = 73},
  [55] = {.lex_state = 73},
  [56] = {.lex_state = 2},
  [57] = {.lex_state = 4},
  [58] = {.lex_state = 0, .external_lex_state = 4},
  [59] = {.lex_state = 0, .external_lex_state = 4},
  [60] = {.lex_state = 4},
  [61] = {.lex_state = 4},
  [62] = {.lex_state = 0, .external_lex_state = 4},
  [63] = {.lex_state = 0, .external_lex_state = 4},
  [64] = {.lex_state = 4},
  [65] = {.lex_state = 2},
  [66] = {.lex_state = 4},
  [67] = {.lex_state = 73},
  [68] = {.lex_state = 4},
  [69] = {.lex_state = 0, .external_lex_state = 5},
  [70] = {.lex_state = 0, .external_lex_state = 5},
  [71] = {.lex_state = 0, .external_lex_state = 5},
  [72] = {.lex_state = 73},
  [73] = {.lex_state = 0, .external_lex_state = 5},
  [74] = {.lex_state = 2},
  [75] = {.lex_state = 7},
  [76] = {.lex_state = 7},
  [77] = {.lex_state = 0},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 0, .external_lex_state = 6},
  [80] = {.lex_state = 0, .external_lex_state = 7},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 0, .external_lex_state = 6},
  [83] = {.lex_state = 0, .external_lex_state = 6},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 0},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 0},
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
    [ts_external_token__cond_text] = true,
    [ts_external_token__file_operator] = true,
  },
  [3] = {
    [ts_external_token__cond_text] = true,
  },
  [4] = {
    [ts_external_token__cond_text_immediate] = true,
    [ts_external_token__binary_operator] = true,
  },
  [5] = {
    [ts_external_token__cond_text_immediate] = true,
  },
  [6] = {
    [ts_external_token__binary_operator] = true,
  },
  [7] = {
    [ts_external_token_lua_code] = true,
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
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(87),
    [sym__statement] = STATE(3),
    [sym_directive] = STATE(3),
    [sym_block_directive] = STATE(3),
    [sym_location_directive] = STATE(3),
    [sym_if_directive] = STATE(3),
    [sym_map_directive] = STATE(3),
    [sym_lua_directive] = STATE(3),
    [aux_sym_source_file_repeat1] = STATE(3),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_location] = ACTIONS(7),
    [anon_sym_DQUOTElocation_DQUOTE] = ACTIONS(9),
    [anon_sym_SQUOTElocation_SQUOTE] = ACTIONS(9),
    [anon_sym_if] = ACTIONS(11),
    [anon_sym_DQUOTEif_DQUOTE] = ACTIONS(13),
    [anon_sym_SQUOTEif_SQUOTE] = ACTIONS(13),
    [anon_sym_map] = ACTIONS(15),
    [anon_sym_DQUOTEmap_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEmap_SQUOTE] = ACTIONS(17),
    [anon_sym_geo] = ACTIONS(15),
    [anon_sym_DQUOTEgeo_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEgeo_SQUOTE] = ACTIONS(17),
    [anon_sym_types] = ACTIONS(15),
    [anon_sym_DQUOTEtypes_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEtypes_SQUOTE] = ACTIONS(17),
    [anon_sym_split_clients] = ACTIONS(15),
    [anon_sym_DQUOTEsplit_clients_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEsplit_clients_SQUOTE] = ACTIONS(17),
    [anon_sym_charset_map] = ACTIONS(15),
    [anon_sym_DQUOTEcharset_map_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEcharset_map_SQUOTE] = ACTIONS(17),
    [anon_sym_match] = ACTIONS(15),
    [anon_sym_DQUOTEmatch_DQUOTE] = ACTIONS(17),
    [anon_sym_SQUOTEmatch_SQUOTE] = ACTIONS(17),
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
    ACTIONS(31), 1,
      anon_sym_if,
    ACTIONS(43), 1,
      sym__lua_block_name,
    ACTIONS(46), 1,
      sym_directive_name,
    ACTIONS(23), 2,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
    ACTIONS(28), 2,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
    ACTIONS(34), 2,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
    ACTIONS(37), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    STATE(2), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(40), 12,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [60] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_location,
    ACTIONS(11), 1,
      anon_sym_if,
    ACTIONS(19), 1,
      sym__lua_block_name,
    ACTIONS(21), 1,
      sym_directive_name,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(9), 2,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
    ACTIONS(13), 2,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
    ACTIONS(15), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    STATE(2), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(17), 12,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [119] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_location,
    ACTIONS(11), 1,
      anon_sym_if,
    ACTIONS(19), 1,
      sym__lua_block_name,
    ACTIONS(21), 1,
      sym_directive_name,
    ACTIONS(51), 1,
      anon_sym_RBRACE,
    ACTIONS(9), 2,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
    ACTIONS(13), 2,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
    ACTIONS(15), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    STATE(5), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(17), 12,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [178] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_location,
    ACTIONS(11), 1,
      anon_sym_if,
    ACTIONS(19), 1,
      sym__lua_block_name,
    ACTIONS(21), 1,
      sym_directive_name,
    ACTIONS(53), 1,
      anon_sym_RBRACE,
    ACTIONS(9), 2,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
    ACTIONS(13), 2,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
    ACTIONS(15), 6,
      anon_sym_map,
      anon_sym_geo,
      anon_sym_types,
      anon_sym_split_clients,
      anon_sym_charset_map,
      anon_sym_match,
    STATE(2), 8,
      sym__statement,
      sym_directive,
      sym_block_directive,
      sym_location_directive,
      sym_if_directive,
      sym_map_directive,
      sym_lua_directive,
      aux_sym_source_file_repeat1,
    ACTIONS(17), 12,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [237] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(57), 10,
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
    ACTIONS(55), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [273] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(61), 10,
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
    ACTIONS(59), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [309] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(65), 10,
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
    ACTIONS(63), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [345] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(69), 10,
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
    ACTIONS(67), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [381] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(73), 10,
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
    ACTIONS(71), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [417] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(77), 10,
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
    ACTIONS(75), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [453] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 10,
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
    ACTIONS(79), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [489] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 10,
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
    ACTIONS(83), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [525] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 10,
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
    ACTIONS(87), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [561] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 10,
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
    ACTIONS(91), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [597] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 10,
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
    ACTIONS(95), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [633] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 10,
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
    ACTIONS(99), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [669] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 10,
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
    ACTIONS(103), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [705] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(109), 10,
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
    ACTIONS(107), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [741] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 10,
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
    ACTIONS(111), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [777] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(117), 10,
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
    ACTIONS(115), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [813] = 3,
    ACTIONS(3), 1,
      sym_comment,
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
    ACTIONS(119), 18,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_DQUOTElocation_DQUOTE,
      anon_sym_SQUOTElocation_SQUOTE,
      anon_sym_DQUOTEif_DQUOTE,
      anon_sym_SQUOTEif_SQUOTE,
      anon_sym_DQUOTEmap_DQUOTE,
      anon_sym_SQUOTEmap_SQUOTE,
      anon_sym_DQUOTEgeo_DQUOTE,
      anon_sym_SQUOTEgeo_SQUOTE,
      anon_sym_DQUOTEtypes_DQUOTE,
      anon_sym_SQUOTEtypes_SQUOTE,
      anon_sym_DQUOTEsplit_clients_DQUOTE,
      anon_sym_SQUOTEsplit_clients_SQUOTE,
      anon_sym_DQUOTEcharset_map_DQUOTE,
      anon_sym_SQUOTEcharset_map_SQUOTE,
      anon_sym_DQUOTEmatch_DQUOTE,
      anon_sym_SQUOTEmatch_SQUOTE,
  [849] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(123), 1,
      anon_sym_SEMI,
    ACTIONS(125), 1,
      anon_sym_LBRACE,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    STATE(8), 1,
      sym_block,
    STATE(24), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [883] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(125), 1,
      anon_sym_LBRACE,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(135), 1,
      anon_sym_SEMI,
    STATE(18), 1,
      sym_block,
    STATE(29), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [917] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(137), 1,
      anon_sym_LBRACE,
    STATE(7), 1,
      sym_entry_block,
    STATE(33), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [948] = 5,
    ACTIONS(144), 1,
      sym__dollar_immediate,
    ACTIONS(147), 1,
      sym_comment,
    STATE(26), 1,
      aux_sym_word_repeat1,
    ACTIONS(141), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(139), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [971] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(149), 1,
      anon_sym_RBRACE,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(35), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1000] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(155), 1,
      sym__dollar_immediate,
    STATE(26), 1,
      aux_sym_word_repeat1,
    ACTIONS(153), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(151), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1023] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(162), 1,
      sym__dollar,
    ACTIONS(165), 1,
      anon_sym_DQUOTE,
    ACTIONS(168), 1,
      anon_sym_SQUOTE,
    STATE(29), 1,
      aux_sym_directive_repeat1,
    ACTIONS(157), 2,
      anon_sym_SEMI,
      anon_sym_LBRACE,
    ACTIONS(159), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1052] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(171), 1,
      anon_sym_RBRACE,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(27), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1081] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__dollar_immediate,
    STATE(28), 1,
      aux_sym_word_repeat1,
    ACTIONS(175), 2,
      sym__word_text_immediate,
      sym__variable_immediate,
    ACTIONS(173), 7,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      sym__dollar,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1104] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(179), 1,
      anon_sym_LBRACE,
    STATE(6), 1,
      sym_lua_block,
    STATE(34), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1135] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(137), 1,
      anon_sym_LBRACE,
    STATE(12), 1,
      sym_entry_block,
    STATE(29), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1166] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(179), 1,
      anon_sym_LBRACE,
    STATE(14), 1,
      sym_lua_block,
    STATE(29), 1,
      aux_sym_directive_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(57), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1197] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 1,
      anon_sym_RBRACE,
    ACTIONS(186), 1,
      sym__dollar,
    ACTIONS(189), 1,
      anon_sym_DQUOTE,
    ACTIONS(192), 1,
      anon_sym_SQUOTE,
    ACTIONS(183), 2,
      sym__word_text,
      sym_variable,
    STATE(35), 2,
      sym_entry,
      aux_sym_entry_block_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1226] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(197), 1,
      anon_sym_TILDE,
    STATE(75), 1,
      sym_location_modifier,
    STATE(81), 1,
      sym_string,
    ACTIONS(199), 2,
      sym_location_path,
      sym_named_location,
    ACTIONS(195), 3,
      anon_sym_EQ,
      anon_sym_CARET_TILDE,
      anon_sym_TILDE_STAR,
  [1254] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(201), 1,
      anon_sym_SEMI,
    STATE(40), 1,
      aux_sym_entry_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(66), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1282] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(203), 1,
      anon_sym_RPAREN,
    ACTIONS(205), 1,
      sym_variable,
    ACTIONS(207), 1,
      sym__dollar,
    ACTIONS(209), 1,
      anon_sym_DQUOTE,
    ACTIONS(211), 1,
      anon_sym_SQUOTE,
    ACTIONS(213), 1,
      sym__cond_text,
    ACTIONS(215), 1,
      sym__file_operator,
    STATE(79), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [1312] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym__dollar,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(217), 1,
      anon_sym_SEMI,
    STATE(37), 1,
      aux_sym_entry_repeat1,
    ACTIONS(127), 2,
      sym__word_text,
      sym_variable,
    STATE(66), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1340] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 1,
      anon_sym_SEMI,
    ACTIONS(224), 1,
      sym__dollar,
    ACTIONS(227), 1,
      anon_sym_DQUOTE,
    ACTIONS(230), 1,
      anon_sym_SQUOTE,
    STATE(40), 1,
      aux_sym_entry_repeat1,
    ACTIONS(221), 2,
      sym__word_text,
      sym_variable,
    STATE(66), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1368] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(237), 1,
      anon_sym_DQUOTE2,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(233), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(43), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1392] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(244), 1,
      sym__dollar_immediate,
    ACTIONS(247), 1,
      anon_sym_SQUOTE2,
    ACTIONS(249), 1,
      sym__single_quoted_text,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(241), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(42), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1416] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    ACTIONS(254), 1,
      anon_sym_DQUOTE2,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(252), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(45), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1440] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(254), 1,
      anon_sym_SQUOTE2,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(256), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(42), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1464] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(265), 1,
      sym__dollar_immediate,
    ACTIONS(268), 1,
      anon_sym_DQUOTE2,
    ACTIONS(270), 1,
      sym__double_quoted_text,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(262), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(45), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1488] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym_variable,
    ACTIONS(275), 1,
      sym__dollar,
    ACTIONS(277), 1,
      anon_sym_DQUOTE,
    ACTIONS(279), 1,
      anon_sym_SQUOTE,
    ACTIONS(281), 1,
      sym__cond_text,
    STATE(93), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [1512] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym_variable,
    ACTIONS(275), 1,
      sym__dollar,
    ACTIONS(277), 1,
      anon_sym_DQUOTE,
    ACTIONS(279), 1,
      anon_sym_SQUOTE,
    ACTIONS(281), 1,
      sym__cond_text,
    STATE(88), 3,
      sym__operand,
      sym__condition_word,
      sym_string,
  [1536] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    ACTIONS(283), 1,
      anon_sym_SQUOTE2,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(256), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(42), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1560] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    ACTIONS(287), 1,
      anon_sym_DQUOTE2,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(285), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(56), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1584] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_SQUOTE2,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(289), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(44), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1608] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    ACTIONS(293), 1,
      anon_sym_DQUOTE2,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(291), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(53), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1632] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    ACTIONS(293), 1,
      anon_sym_SQUOTE2,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(295), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(54), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1656] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    ACTIONS(297), 1,
      anon_sym_DQUOTE2,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(252), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(45), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1680] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    ACTIONS(297), 1,
      anon_sym_SQUOTE2,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(256), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(42), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1704] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(258), 1,
      sym__dollar_immediate,
    ACTIONS(260), 1,
      sym__single_quoted_text,
    ACTIONS(287), 1,
      anon_sym_SQUOTE2,
    STATE(67), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(299), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(48), 2,
      sym__single_quoted_content,
      aux_sym_string_repeat2,
  [1728] = 7,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(235), 1,
      sym__dollar_immediate,
    ACTIONS(239), 1,
      sym__double_quoted_text,
    ACTIONS(283), 1,
      anon_sym_DQUOTE2,
    STATE(74), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(252), 2,
      sym__variable_immediate,
      sym_escape_sequence,
    STATE(45), 2,
      sym__double_quoted_content,
      aux_sym_string_repeat1,
  [1752] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      sym__dollar,
    ACTIONS(301), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1767] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 1,
      sym__dollar_immediate,
    ACTIONS(305), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(307), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(62), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1786] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 1,
      sym__dollar_immediate,
    ACTIONS(307), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    ACTIONS(311), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    STATE(62), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1805] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(315), 1,
      sym__dollar,
    ACTIONS(313), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1820] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(319), 1,
      sym__dollar,
    ACTIONS(317), 6,
      anon_sym_SEMI,
      anon_sym_LBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1835] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 1,
      sym__dollar_immediate,
    ACTIONS(321), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(323), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(63), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1854] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(332), 1,
      sym__dollar_immediate,
    ACTIONS(327), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
    ACTIONS(329), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(63), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1873] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 1,
      sym__dollar,
    ACTIONS(335), 5,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1887] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(341), 1,
      sym__dollar_immediate,
    ACTIONS(344), 1,
      sym__double_quoted_text,
    STATE(65), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(339), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [1905] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(349), 1,
      sym__dollar,
    ACTIONS(347), 5,
      anon_sym_SEMI,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1919] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(353), 1,
      sym__dollar_immediate,
    ACTIONS(355), 1,
      sym__single_quoted_text,
    STATE(72), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(351), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [1937] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 1,
      sym__dollar,
    ACTIONS(357), 5,
      anon_sym_RBRACE,
      sym__word_text,
      sym_variable,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [1951] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(305), 1,
      anon_sym_RPAREN,
    ACTIONS(363), 1,
      sym__dollar_immediate,
    ACTIONS(361), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(71), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1969] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(311), 1,
      anon_sym_RPAREN,
    ACTIONS(363), 1,
      sym__dollar_immediate,
    ACTIONS(361), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(71), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [1987] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(321), 1,
      anon_sym_RPAREN,
    ACTIONS(367), 1,
      sym__dollar_immediate,
    ACTIONS(365), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(73), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2005] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym__dollar_immediate,
    ACTIONS(374), 1,
      sym__single_quoted_text,
    STATE(72), 1,
      aux_sym__single_quoted_content_repeat1,
    ACTIONS(369), 3,
      sym__variable_immediate,
      anon_sym_SQUOTE2,
      sym_escape_sequence,
  [2023] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      anon_sym_RPAREN,
    ACTIONS(380), 1,
      sym__dollar_immediate,
    ACTIONS(377), 2,
      sym__cond_text_immediate,
      sym__variable_immediate,
    STATE(73), 2,
      sym__condition_word_piece,
      aux_sym__condition_word_repeat1,
  [2041] = 5,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(385), 1,
      sym__dollar_immediate,
    ACTIONS(387), 1,
      sym__double_quoted_text,
    STATE(65), 1,
      aux_sym__double_quoted_content_repeat1,
    ACTIONS(383), 3,
      sym__variable_immediate,
      anon_sym_DQUOTE2,
      sym_escape_sequence,
  [2059] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DQUOTE,
    ACTIONS(133), 1,
      anon_sym_SQUOTE,
    ACTIONS(389), 1,
      sym__location_path_after_modifier,
    STATE(78), 1,
      sym_string,
  [2075] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 3,
      sym__location_path_after_modifier,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
  [2084] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(125), 1,
      anon_sym_LBRACE,
    STATE(11), 1,
      sym_block,
  [2094] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(125), 1,
      anon_sym_LBRACE,
    STATE(19), 1,
      sym_block,
  [2104] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(393), 1,
      anon_sym_RPAREN,
    ACTIONS(395), 1,
      sym__binary_operator,
  [2114] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(397), 1,
      anon_sym_RBRACE,
    ACTIONS(399), 1,
      sym_lua_code,
  [2124] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(125), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      sym_block,
  [2134] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(313), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [2142] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 2,
      sym__binary_operator,
      anon_sym_RPAREN,
  [2150] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(401), 1,
      anon_sym_LPAREN,
    STATE(77), 1,
      sym_condition,
  [2160] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 1,
      anon_sym_LBRACE,
  [2167] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(405), 1,
      anon_sym_LBRACE,
  [2174] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 1,
      ts_builtin_sym_end,
  [2181] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(409), 1,
      anon_sym_RPAREN,
  [2188] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 1,
      anon_sym_LBRACE,
  [2195] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(313), 1,
      anon_sym_RPAREN,
  [2202] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(413), 1,
      anon_sym_RBRACE,
  [2209] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 1,
      anon_sym_RPAREN,
  [2216] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 1,
      anon_sym_RPAREN,
  [2223] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 1,
      anon_sym_LBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 60,
  [SMALL_STATE(4)] = 119,
  [SMALL_STATE(5)] = 178,
  [SMALL_STATE(6)] = 237,
  [SMALL_STATE(7)] = 273,
  [SMALL_STATE(8)] = 309,
  [SMALL_STATE(9)] = 345,
  [SMALL_STATE(10)] = 381,
  [SMALL_STATE(11)] = 417,
  [SMALL_STATE(12)] = 453,
  [SMALL_STATE(13)] = 489,
  [SMALL_STATE(14)] = 525,
  [SMALL_STATE(15)] = 561,
  [SMALL_STATE(16)] = 597,
  [SMALL_STATE(17)] = 633,
  [SMALL_STATE(18)] = 669,
  [SMALL_STATE(19)] = 705,
  [SMALL_STATE(20)] = 741,
  [SMALL_STATE(21)] = 777,
  [SMALL_STATE(22)] = 813,
  [SMALL_STATE(23)] = 849,
  [SMALL_STATE(24)] = 883,
  [SMALL_STATE(25)] = 917,
  [SMALL_STATE(26)] = 948,
  [SMALL_STATE(27)] = 971,
  [SMALL_STATE(28)] = 1000,
  [SMALL_STATE(29)] = 1023,
  [SMALL_STATE(30)] = 1052,
  [SMALL_STATE(31)] = 1081,
  [SMALL_STATE(32)] = 1104,
  [SMALL_STATE(33)] = 1135,
  [SMALL_STATE(34)] = 1166,
  [SMALL_STATE(35)] = 1197,
  [SMALL_STATE(36)] = 1226,
  [SMALL_STATE(37)] = 1254,
  [SMALL_STATE(38)] = 1282,
  [SMALL_STATE(39)] = 1312,
  [SMALL_STATE(40)] = 1340,
  [SMALL_STATE(41)] = 1368,
  [SMALL_STATE(42)] = 1392,
  [SMALL_STATE(43)] = 1416,
  [SMALL_STATE(44)] = 1440,
  [SMALL_STATE(45)] = 1464,
  [SMALL_STATE(46)] = 1488,
  [SMALL_STATE(47)] = 1512,
  [SMALL_STATE(48)] = 1536,
  [SMALL_STATE(49)] = 1560,
  [SMALL_STATE(50)] = 1584,
  [SMALL_STATE(51)] = 1608,
  [SMALL_STATE(52)] = 1632,
  [SMALL_STATE(53)] = 1656,
  [SMALL_STATE(54)] = 1680,
  [SMALL_STATE(55)] = 1704,
  [SMALL_STATE(56)] = 1728,
  [SMALL_STATE(57)] = 1752,
  [SMALL_STATE(58)] = 1767,
  [SMALL_STATE(59)] = 1786,
  [SMALL_STATE(60)] = 1805,
  [SMALL_STATE(61)] = 1820,
  [SMALL_STATE(62)] = 1835,
  [SMALL_STATE(63)] = 1854,
  [SMALL_STATE(64)] = 1873,
  [SMALL_STATE(65)] = 1887,
  [SMALL_STATE(66)] = 1905,
  [SMALL_STATE(67)] = 1919,
  [SMALL_STATE(68)] = 1937,
  [SMALL_STATE(69)] = 1951,
  [SMALL_STATE(70)] = 1969,
  [SMALL_STATE(71)] = 1987,
  [SMALL_STATE(72)] = 2005,
  [SMALL_STATE(73)] = 2023,
  [SMALL_STATE(74)] = 2041,
  [SMALL_STATE(75)] = 2059,
  [SMALL_STATE(76)] = 2075,
  [SMALL_STATE(77)] = 2084,
  [SMALL_STATE(78)] = 2094,
  [SMALL_STATE(79)] = 2104,
  [SMALL_STATE(80)] = 2114,
  [SMALL_STATE(81)] = 2124,
  [SMALL_STATE(82)] = 2134,
  [SMALL_STATE(83)] = 2142,
  [SMALL_STATE(84)] = 2150,
  [SMALL_STATE(85)] = 2160,
  [SMALL_STATE(86)] = 2167,
  [SMALL_STATE(87)] = 2174,
  [SMALL_STATE(88)] = 2181,
  [SMALL_STATE(89)] = 2188,
  [SMALL_STATE(90)] = 2195,
  [SMALL_STATE(91)] = 2202,
  [SMALL_STATE(92)] = 2209,
  [SMALL_STATE(93)] = 2216,
  [SMALL_STATE(94)] = 2223,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [23] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [25] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(36),
  [28] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(36),
  [31] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(84),
  [34] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(84),
  [37] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(25),
  [40] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(25),
  [43] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(32),
  [46] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(23),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 2, .production_id = 1),
  [57] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 2, .production_id = 1),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 2, .production_id = 1),
  [61] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 2, .production_id = 1),
  [63] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 2, .production_id = 1),
  [65] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 2, .production_id = 1),
  [67] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 2, .production_id = 3),
  [69] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 2, .production_id = 3),
  [71] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 3, .production_id = 4),
  [73] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 3, .production_id = 4),
  [75] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_directive, 3, .production_id = 5),
  [77] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_directive, 3, .production_id = 5),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_map_directive, 3, .production_id = 6),
  [81] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_map_directive, 3, .production_id = 6),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 2),
  [85] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 2),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_directive, 3, .production_id = 6),
  [89] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_directive, 3, .production_id = 6),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 2),
  [93] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 2),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 2),
  [97] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 2),
  [99] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, .production_id = 8),
  [101] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_directive, 3, .production_id = 8),
  [103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block_directive, 3, .production_id = 6),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block_directive, 3, .production_id = 6),
  [107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_directive, 4, .production_id = 9),
  [109] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_location_directive, 4, .production_id = 9),
  [111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry_block, 3),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry_block, 3),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_lua_block, 3),
  [117] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_lua_block, 3),
  [119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_block, 3),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_block, 3),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [139] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(26),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_word_repeat1, 2), SHIFT_REPEAT(26),
  [147] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [155] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 7),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 7), SHIFT_REPEAT(31),
  [162] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 7), SHIFT_REPEAT(31),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 7), SHIFT_REPEAT(41),
  [168] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, .production_id = 7), SHIFT_REPEAT(50),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [173] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [177] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(31),
  [186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(31),
  [189] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(41),
  [192] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_block_repeat1, 2), SHIFT_REPEAT(50),
  [195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [197] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [207] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 13),
  [221] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 13), SHIFT_REPEAT(31),
  [224] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 13), SHIFT_REPEAT(31),
  [227] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 13), SHIFT_REPEAT(41),
  [230] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 2, .production_id = 13), SHIFT_REPEAT(50),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [235] = {.entry = {.count = 1, .reusable = false}}, SHIFT(74),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [241] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(42),
  [244] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(67),
  [247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat2, 2), SHIFT_REPEAT(67),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [258] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [262] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(45),
  [265] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(74),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2),
  [270] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2), SHIFT_REPEAT(74),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [275] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [301] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 2),
  [303] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_directive_repeat1, 1, .production_id = 2),
  [305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 1),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [311] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1),
  [313] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2),
  [315] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3),
  [319] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3),
  [321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__condition_word, 2),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [325] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2),
  [329] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(63),
  [332] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(63),
  [335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 2, .production_id = 10),
  [337] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 2, .production_id = 10),
  [339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2),
  [341] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(65),
  [344] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__double_quoted_content_repeat1, 2), SHIFT_REPEAT(65),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 11),
  [349] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_entry_repeat1, 1, .production_id = 11),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__single_quoted_content, 1),
  [353] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_entry, 3, .production_id = 12),
  [359] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_entry, 3, .production_id = 12),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [363] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [367] = {.entry = {.count = 1, .reusable = false}}, SHIFT(73),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2),
  [371] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(72),
  [374] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__single_quoted_content_repeat1, 2), SHIFT_REPEAT(72),
  [377] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(73),
  [380] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__condition_word_repeat1, 2), SHIFT_REPEAT(73),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__double_quoted_content, 1),
  [385] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_location_modifier, 1),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 2),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 4),
  [407] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [411] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 5),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_condition, 3),
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
