#!/usr/bin/env bash
# Regenerates each grammar's src/ (parser.c, node-types.json, grammar.json) with the
# offline tree-sitter CLI, then compiles the .wasm that web-tree-sitter loads.
# Usage: scripts/build-grammars.sh [--check]   (--check: fail if committed output differs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build-tree-sitter-cli.sh >/dev/null
ts="$root/.toolchain/bin/tree-sitter"
export XDG_CACHE_HOME="$root/.toolchain/cache"
clang=$(command -v clang-14 || command -v clang)
wasmld=$(command -v wasm-ld-14 || command -v wasm-ld)

for dir in grammars/tree-sitter-*/; do
  dir="${dir%/}"
  name="${dir#grammars/tree-sitter-}"
  [ -f "$dir/grammar.js" ] || continue
  (cd "$dir" && "$ts" generate --no-bindings >/dev/null)
  objs=()
  tmp="$(mktemp -d)"
  for c in "$dir"/src/parser.c "$dir"/src/scanner.c; do
    [ -f "$c" ] || continue
    o="$tmp/$(basename "$c" .c).o"
    "$clang" --target=wasm32-unknown-emscripten -Os -fPIC -fvisibility=hidden -DNDEBUG \
      -isystem /usr/include/wasm32-wasi -I"$dir/src" -c "$c" -o "$o"
    objs+=("$o")
  done
  "$wasmld" -shared --experimental-pic --no-entry -O2 --export="tree_sitter_${name}" \
    "${objs[@]}" -o "$dir/tree-sitter-${name}.wasm"
  rm -rf "$tmp"
  echo "built $dir (parser.c + tree-sitter-${name}.wasm)"
done

if [ "${1:-}" = "--check" ]; then
  if ! git diff --quiet -- grammars; then
    echo "Generated grammar files differ from what is committed:" >&2
    git --no-pager diff --stat -- grammars >&2
    exit 1
  fi
  echo "generated grammar files match the committed ones"
fi
