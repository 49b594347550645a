// Parses a string and returns the whole syntax tree as one flat Int32Array, so that JavaScript
// can read millions of nodes without a native call per node (a cursor walk costs ~0.3 us per
// node in calls alone). Shared by the Node bindings of Switchyard's grammars.
//
// Layout, per node in preorder, NODE_WIDTH int32 values:
//   [0] symbol id (65535 for ERROR)   [1] field id (0 = none)
//   [2] start, [3] end                 (UTF-16 code units, i.e. JavaScript string indices)
//   [4] number of descendants         [5] flags: 1 named, 2 missing, 4 extra
#ifndef SWITCHYARD_FLAT_TREE_H_
#define SWITCHYARD_FLAT_TREE_H_

#include <napi.h>
#include <tree_sitter/api.h>
#include <string>
#include <vector>

namespace switchyard {

constexpr size_t NODE_WIDTH = 6;

inline TSParser *SharedParser(const TSLanguage *language) {
  static TSParser *parser = nullptr;
  if (parser == nullptr) {
    parser = ts_parser_new();
    ts_parser_set_language(parser, language);
  }
  return parser;
}

inline Napi::Value ParseFlat(const Napi::CallbackInfo &info, const TSLanguage *language) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) {
    Napi::TypeError::New(env, "parseFlat(text: string)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::u16string text = info[0].As<Napi::String>().Utf16Value();
  TSParser *parser = SharedParser(language);
  TSTree *tree = ts_parser_parse_string_encoding(parser, nullptr, reinterpret_cast<const char *>(text.data()),
                                                 static_cast<uint32_t>(text.size() * 2), TSInputEncodingUTF16LE);
  std::vector<int32_t> out;
  out.reserve(text.size() + 64);
  std::vector<size_t> open;
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    size_t index = out.size() / NODE_WIDTH;
    int32_t flags = (ts_node_is_named(node) ? 1 : 0) | (ts_node_is_missing(node) ? 2 : 0) | (ts_node_is_extra(node) ? 4 : 0);
    out.push_back(static_cast<int32_t>(ts_node_symbol(node)));
    out.push_back(static_cast<int32_t>(ts_tree_cursor_current_field_id(&cursor)));
    out.push_back(static_cast<int32_t>(ts_node_start_byte(node) / 2));
    out.push_back(static_cast<int32_t>(ts_node_end_byte(node) / 2));
    out.push_back(0);
    out.push_back(flags);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      open.push_back(index);
      continue;
    }
    bool done = false;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        done = true;
        break;
      }
      size_t parent = open.back();
      open.pop_back();
      out[parent * NODE_WIDTH + 4] = static_cast<int32_t>(out.size() / NODE_WIDTH - parent - 1);
    }
    if (done) break;
  }
  ts_tree_cursor_delete(&cursor);
  ts_tree_delete(tree);
  Napi::Int32Array result = Napi::Int32Array::New(env, out.size());
  std::copy(out.begin(), out.end(), result.Data());
  return result;
}

// Symbol names (index = symbol id), whether each is named, and field names (index = field id).
inline Napi::Value SymbolTable(const Napi::CallbackInfo &info, const TSLanguage *language) {
  Napi::Env env = info.Env();
  uint32_t symbolCount = ts_language_symbol_count(language);
  Napi::Array symbols = Napi::Array::New(env, symbolCount);
  Napi::Array named = Napi::Array::New(env, symbolCount);
  for (uint32_t i = 0; i < symbolCount; i++) {
    const char *name = ts_language_symbol_name(language, static_cast<TSSymbol>(i));
    symbols[i] = Napi::String::New(env, name ? name : "");
    named[i] = Napi::Boolean::New(env, ts_language_symbol_type(language, static_cast<TSSymbol>(i)) == TSSymbolTypeRegular);
  }
  uint32_t fieldCount = ts_language_field_count(language);
  Napi::Array fields = Napi::Array::New(env, fieldCount + 1);
  fields[uint32_t(0)] = env.Null();
  for (uint32_t i = 1; i <= fieldCount; i++) {
    const char *name = ts_language_field_name_for_id(language, static_cast<TSFieldId>(i));
    fields[i] = name ? Napi::Value(Napi::String::New(env, name)) : env.Null();
  }
  Napi::Object table = Napi::Object::New(env);
  table["symbols"] = symbols;
  table["named"] = named;
  table["fields"] = fields;
  return table;
}

}  // namespace switchyard

#endif  // SWITCHYARD_FLAT_TREE_H_
