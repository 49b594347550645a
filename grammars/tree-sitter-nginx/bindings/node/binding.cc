#include <napi.h>
#include "flat_tree.h"

extern "C" TSLanguage *tree_sitter_nginx();

// The type tag tree-sitter's Node binding checks before it accepts a language.
const napi_type_tag LANGUAGE_TYPE_TAG = {0x8AF2E5212AD58ABF, 0xD5006CAD83ABBA16};

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports["name"] = Napi::String::New(env, "nginx");
  auto language = Napi::External<TSLanguage>::New(env, tree_sitter_nginx());
  language.TypeTag(&LANGUAGE_TYPE_TAG);
  exports["language"] = language;
  // Switchyard's bulk reader: the whole tree as one Int32Array (see grammars/common/flat_tree.h).
  exports["parseFlat"] = Napi::Function::New(env, [](const Napi::CallbackInfo &info) {
    return switchyard::ParseFlat(info, tree_sitter_nginx());
  });
  exports["symbolTable"] = Napi::Function::New(env, [](const Napi::CallbackInfo &info) {
    return switchyard::SymbolTable(info, tree_sitter_nginx());
  });
  return exports;
}

NODE_API_MODULE(tree_sitter_nginx_binding, Init)
