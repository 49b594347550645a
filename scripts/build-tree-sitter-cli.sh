#!/usr/bin/env bash
# Builds the tree-sitter CLI 0.20.7 offline from Debian's source package, using
# Debian's packaged Rust crates (npm's tree-sitter-cli downloads a binary: not possible here).
# Output: .toolchain/bin/tree-sitter. Needs scripts/install-system-deps.sh first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tc="$root/.toolchain"
bin="$tc/bin/tree-sitter"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q '0.20.7'; then
  echo "tree-sitter CLI present: $bin"; exit 0
fi
mkdir -p "$tc/src" "$tc/bin"
cd "$tc/src"
if [ ! -d tree-sitter-0.20.7 ]; then
  apt-get source --download-only tree-sitter >/dev/null
  tar xf tree-sitter_0.20.7.orig.tar.xz
fi
cd tree-sitter-0.20.7
rm -f Cargo.lock
mkdir -p .cargo
cat > .cargo/config.toml <<'TOML'
[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
[net]
offline = true
TOML
# Align crate versions with what bookworm packages.
for f in cli/Cargo.toml cli/config/Cargo.toml cli/loader/Cargo.toml; do
  sed -i -E 's/^dirs = "3\.0"/dirs = "4"/' "$f"
done
sed -i -E 's/^tiny_http = "0\.8"/tiny_http = "0.12"/' cli/Cargo.toml
# bookworm has no `webbrowser` crate; only `playground --open` uses it.
mkdir -p stub-webbrowser/src
cat > stub-webbrowser/Cargo.toml <<'TOML'
[package]
name = "webbrowser"
version = "0.5.5"
edition = "2018"
TOML
echo 'pub fn open(_: &str) -> std::io::Result<()> { Err(std::io::Error::new(std::io::ErrorKind::Other, "no browser")) }' > stub-webbrowser/src/lib.rs
sed -i -E 's/^webbrowser = .*/webbrowser = { path = "..\/stub-webbrowser" }/' cli/Cargo.toml
# Drop dev-dependencies and benches: their crates are not packaged.
python3 - <<'PY'
import re
p='cli/Cargo.toml'; s=open(p).read()
s=re.sub(r'\n\[dev-dependencies\][^\[]*', '\n', s)
s=re.sub(r'\n\[\[bench\]\][^\[]*', '\n', s)
open(p,'w').write(s)
PY
cargo build --release --offline -p tree-sitter-cli
cp target/release/tree-sitter "$bin"
"$bin" --version
