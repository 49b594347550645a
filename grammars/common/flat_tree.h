// Parses a string and returns the syntax tree as one flat Int32Array, so that JavaScript can read
// hundreds of thousands of nodes without a native call per node (a cursor walk costs ~0.3 us per
// node in calls alone). Shared by the Node bindings of Switchyard's grammars.
//
// Layout, per node in preorder, NODE_WIDTH int32 values:
//   [0] symbol id (bits 0-15; 65535 = ERROR) | flags << 16 (1 named, 2 missing, 4 extra)
//       | field id << 20 (0 = none)
//   [1] start, [2] end   (UTF-16 code units, i.e. JavaScript string indices)
//   [3] number of descendants exported
//
// parseFlat(text, childModes?) exports the whole tree, or, with childModes (a Uint8Array indexed by
// symbol id), only what a reader asks for: for each node, CHILDREN_NONE exports no descendants,
// CHILDREN_NAMED its named and MISSING children (anonymous tokens that are present are dropped),
// CHILDREN_ALL every child. Symbols past the end of childModes (ERROR) export every child, and the
// root's children are always exported (a reader starts there).
//
// Speed (100k-line nginx file, 2-core VM): the parse itself is most of the cost. The export walks
// tree-sitter's subtrees directly (tree_cursor.c's semantics for visibility, aliases and fields,
// ~8x faster than a TSTreeCursor), and every allocation of a parse goes to an arena that is
// dropped whole afterwards instead of freeing ~1M subtrees one by one (ts_tree_delete: ~40 ms).
#ifndef SWITCHYARD_FLAT_TREE_H_
#define SWITCHYARD_FLAT_TREE_H_

#include <napi.h>
#include <tree_sitter/api.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

// tree-sitter's internal headers (lib/src, on the include path in binding.gyp): the subtree layout
// is read directly. They belong to the exact tree-sitter version vendored by the `tree-sitter`
// npm package the bindings are built against.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
extern "C" {
#include "language.h"
#include "subtree.h"
#include "tree.h"
}
#pragma GCC diagnostic pop

namespace switchyard {

constexpr size_t NODE_WIDTH = 4;
constexpr int32_t FLAG_NAMED = 1;
constexpr int32_t FLAG_MISSING = 2;
constexpr int32_t FLAG_EXTRA = 4;
constexpr uint8_t CHILDREN_NONE = 0;
constexpr uint8_t CHILDREN_NAMED = 1;
constexpr uint8_t CHILDREN_ALL = 2;

// ----------------------------------------------------------------------------- parse arena

// A bump allocator that owns every allocation tree-sitter makes during one parse. Freeing is a
// no-op; the chunks go back to the system when the arena is destroyed. Installed per thread, so
// addon instances in worker threads do not share one.
class ParseArena {
 public:
  ParseArena() { current_ = this; }
  ~ParseArena() {
    current_ = nullptr;
    for (const Chunk &chunk : chunks_) std::free(chunk.begin);
  }
  ParseArena(const ParseArena &) = delete;
  ParseArena &operator=(const ParseArena &) = delete;

  static void *Malloc(size_t size) { return current_ ? current_->Allocate(size) : std::malloc(size); }

  static void *Calloc(size_t count, size_t size) {
    if (!current_) return std::calloc(count, size);
    void *block = current_->Allocate(count * size);
    std::memset(block, 0, count * size);
    return block;
  }

  static void *Realloc(void *block, size_t size) {
    if (!block) return Malloc(size);
    if (current_ && current_->Owns(block)) return current_->Reallocate(block, size);
    return std::realloc(block, size);
  }

  static void Free(void *block) {
    if (current_ && current_->Owns(block)) return;
    std::free(block);
  }

 private:
  // Each block is preceded by a header holding its size (for realloc); blocks stay aligned for
  // any type, as malloc's are.
  static constexpr size_t ALIGN = alignof(std::max_align_t);
  static constexpr size_t HEADER = ALIGN;
  static constexpr size_t FIRST_CHUNK = 256 * 1024;

  struct Chunk {
    char *begin;
    char *top;
    char *end;
  };

  static size_t &SizeOf(void *block) { return *reinterpret_cast<size_t *>(static_cast<char *>(block) - HEADER); }

  void *Allocate(size_t size) {
    size_t needed = HEADER + ((size + ALIGN - 1) & ~(ALIGN - 1));
    if (chunks_.empty() || static_cast<size_t>(chunks_.back().end - chunks_.back().top) < needed) AddChunk(needed);
    Chunk &chunk = chunks_.back();
    void *block = chunk.top + HEADER;
    chunk.top += needed;
    last_ = block;
    SizeOf(block) = size;
    return block;
  }

  void *Reallocate(void *block, size_t size) {
    size_t old = SizeOf(block);
    if (size <= old) return block;
    Chunk &chunk = chunks_.back();
    size_t grown = ((size + ALIGN - 1) & ~(ALIGN - 1)) - ((old + ALIGN - 1) & ~(ALIGN - 1));
    // Growing arrays are often the latest allocation: extend them in place.
    if (block == last_ && static_cast<size_t>(chunk.end - chunk.top) >= grown) {
      chunk.top += grown;
      SizeOf(block) = size;
      return block;
    }
    void *moved = Allocate(size);
    std::memcpy(moved, block, old);
    return moved;
  }

  bool Owns(const void *block) const {
    const char *p = static_cast<const char *>(block);
    for (const Chunk &chunk : chunks_) {
      if (p >= chunk.begin && p < chunk.end) return true;
    }
    return false;
  }

  // Chunks double in size, so a parse needs a handful of them whatever the input size.
  void AddChunk(size_t needed) {
    size_t size = chunks_.empty() ? FIRST_CHUNK : 2 * static_cast<size_t>(chunks_.back().end - chunks_.back().begin);
    if (size < needed) size = needed;
    char *begin = static_cast<char *>(std::malloc(size));
    if (!begin) std::abort();  // as tree-sitter's own allocator does on failure
    chunks_.push_back({begin, begin, begin + size});
  }

  std::vector<Chunk> chunks_;
  void *last_ = nullptr;
  static thread_local ParseArena *current_;
};

inline thread_local ParseArena *ParseArena::current_ = nullptr;

// Routes tree-sitter's allocations through the arena while one is active (and to malloc otherwise).
// The allocator hooks are global to this addon's copy of the tree-sitter library only.
inline void InstallParseArena() {
  ts_set_allocator(ParseArena::Malloc, ParseArena::Calloc, ParseArena::Realloc, ParseArena::Free);
}

// ------------------------------------------------------------------------------ flat export

// Writes the visible nodes of a tree in preorder. Iterative (an explicit stack), because hostile
// inputs nest tens of thousands of levels deep.
class FlatWriter {
 public:
  FlatWriter(const TSLanguage *language, const uint8_t *childModes, size_t modeCount, int32_t *out, size_t capacity)
      : language_(language), childModes_(childModes), modeCount_(modeCount), out_(out), capacity_(capacity) {}

  // Returns the number of nodes written, or SIZE_MAX if they did not fit (which the capacity
  // computed from the tree's own counts rules out; checked all the same, it guards a buffer).
  size_t Write(Subtree root) {
    uint32_t start = ts_subtree_padding(root).bytes;
    Visit(root, start, 0, 0, CHILDREN_NAMED);
    while (!stack_.empty() && !overflow_) Step();
    return overflow_ ? SIZE_MAX : count_;
  }

 private:
  // The children of one subtree being written: a visible node's, or a hidden node's whose
  // visible descendants count as children of the nearest visible ancestor.
  struct Frame {
    const Subtree *children;
    uint32_t childCount;
    uint32_t next;
    uint32_t structuralIndex;
    uint32_t position;  // byte offset where the next child starts, before its padding
    const TSSymbol *aliases;
    const TSFieldMapEntry *fieldsBegin;
    const TSFieldMapEntry *fieldsEnd;
    TSFieldId inheritedField;  // a hidden node's field applies to its visible descendants
    uint8_t mode;              // which children of the visible owner are written
    size_t owner;              // index of the visible node, or SIZE_MAX for a hidden one
  };

  // Advances the top frame by one child.
  void Step() {
    Frame &frame = stack_.back();
    if (frame.next == frame.childCount) {
      if (frame.owner != SIZE_MAX) out_[frame.owner * NODE_WIDTH + 3] = static_cast<int32_t>(count_ - frame.owner - 1);
      stack_.pop_back();
      return;
    }
    Subtree child = frame.children[frame.next];
    // A subtree's padding belongs to its first child, whose start is therefore the parent's start.
    if (frame.next > 0) frame.position += ts_subtree_padding(child).bytes;
    uint32_t start = frame.position;
    frame.position += ts_subtree_size(child).bytes;
    frame.next++;

    TSSymbol alias = 0;
    TSFieldId field = 0;
    if (!ts_subtree_extra(child)) {
      if (frame.aliases) alias = frame.aliases[frame.structuralIndex];
      field = FieldAt(frame, frame.structuralIndex);
      if (!field) field = frame.inheritedField;
      frame.structuralIndex++;
    }
    uint8_t mode = frame.mode;
    if (ts_subtree_visible(child) || alias) {
      bool named = alias ? ts_language_symbol_metadata(language_, alias).named : ts_subtree_named(child);
      if (mode == CHILDREN_NAMED && !named && !ts_subtree_missing(child)) return;
      Visit(child, start, alias, field);
    } else if (ts_subtree_visible_child_count(child) > 0) {
      Push(child, start, field, mode, SIZE_MAX);
    }
  }

  // Writes one visible node and schedules its children (at least those `minimumMode` asks for).
  void Visit(Subtree node, uint32_t start, TSSymbol alias, TSFieldId field, uint8_t minimumMode = CHILDREN_NONE) {
    TSSymbol symbol = ts_language_public_symbol(language_, alias ? alias : ts_subtree_symbol(node));
    bool named = alias ? ts_language_symbol_metadata(language_, alias).named : ts_subtree_named(node);
    int32_t flags = (named ? FLAG_NAMED : 0) | (ts_subtree_missing(node) ? FLAG_MISSING : 0) | (ts_subtree_extra(node) ? FLAG_EXTRA : 0);
    if (count_ == capacity_) {
      overflow_ = true;
      return;
    }
    size_t index = count_++;
    int32_t *slot = out_ + index * NODE_WIDTH;
    slot[0] = static_cast<int32_t>(symbol) | (flags << 16) | (static_cast<int32_t>(field) << 20);
    slot[1] = static_cast<int32_t>(start / 2);
    slot[2] = static_cast<int32_t>((start + ts_subtree_size(node).bytes) / 2);
    slot[3] = 0;
    uint8_t mode = !childModes_ || symbol >= modeCount_ ? CHILDREN_ALL : childModes_[symbol];
    if (mode < minimumMode) mode = minimumMode;
    if (mode != CHILDREN_NONE && ts_subtree_child_count(node) > 0) Push(node, start, 0, mode, index);
  }

  void Push(Subtree parent, uint32_t start, TSFieldId inheritedField, uint8_t mode, size_t owner) {
    uint16_t production = parent.ptr->production_id;
    Frame frame{};
    frame.children = ts_subtree_children(parent);
    frame.childCount = parent.ptr->child_count;
    frame.position = start;
    frame.aliases = ts_language_alias_sequence(language_, production);
    ts_language_field_map(language_, production, &frame.fieldsBegin, &frame.fieldsEnd);
    frame.inheritedField = inheritedField;
    frame.mode = mode;
    frame.owner = owner;
    stack_.push_back(frame);
  }

  // The field a production gives its child at a structural index (inherited entries are the
  // fields of a hidden child's own children, found when that child is walked).
  static TSFieldId FieldAt(const Frame &frame, uint32_t structuralIndex) {
    for (const TSFieldMapEntry *entry = frame.fieldsBegin; entry < frame.fieldsEnd; entry++) {
      if (!entry->inherited && entry->child_index == structuralIndex) return entry->field_id;
    }
    return 0;
  }

  const TSLanguage *language_;
  const uint8_t *childModes_;
  size_t modeCount_;
  int32_t *out_;
  size_t capacity_;
  size_t count_ = 0;
  bool overflow_ = false;
  std::vector<Frame> stack_;
};

inline Napi::Value ParseFlat(const Napi::CallbackInfo &info, const TSLanguage *language) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString() || (info.Length() > 1 && !info[1].IsUndefined() && !info[1].IsTypedArray())) {
    Napi::TypeError::New(env, "parseFlat(text: string, childModes?: Uint8Array)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  const uint8_t *childModes = nullptr;
  size_t modeCount = 0;
  if (info.Length() > 1 && info[1].IsTypedArray()) {
    Napi::Uint8Array modes = info[1].As<Napi::Uint8Array>();
    childModes = modes.Data();
    modeCount = modes.ElementLength();
  }
  std::u16string text = info[0].As<Napi::String>().Utf16Value();

  static const bool arenaInstalled = (InstallParseArena(), true);
  (void)arenaInstalled;
  ParseArena arena;  // the parser, the tree and the walk's scratch memory all die with it
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, language);
  TSTree *tree = ts_parser_parse_string_encoding(parser, nullptr, reinterpret_cast<const char *>(text.data()),
                                                 static_cast<uint32_t>(text.size() * 2), TSInputEncodingUTF16LE);
  if (!tree) {
    Napi::Error::New(env, "tree-sitter returned no tree").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  // Every visible node at most: the exact size of a full export, an upper bound of a reduced one.
  size_t capacity = 1 + ts_subtree_visible_descendant_count(tree->root);
  Napi::ArrayBuffer buffer = Napi::ArrayBuffer::New(env, capacity * NODE_WIDTH * sizeof(int32_t));
  FlatWriter writer(language, childModes, modeCount, static_cast<int32_t *>(buffer.Data()), capacity);
  size_t count = writer.Write(tree->root);
  if (count == SIZE_MAX) {
    Napi::Error::New(env, "parseFlat: more nodes than the tree counts").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Napi::Int32Array::New(env, count * NODE_WIDTH, buffer, 0);
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
