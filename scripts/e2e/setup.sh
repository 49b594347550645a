#!/usr/bin/env bash
# Installs the tooling for the editor end-to-end tests (scripts/e2e/run.mjs) without touching
# package.json: code-server (which contains the VS Code server) and playwright-core go into the
# git-ignored folder .e2e/tools at the repository root; chromium, ripgrep and libkrb5-dev come from
# Debian. Safe to run again: when everything is present it only checks and exits within a second.
#
#   bash scripts/e2e/setup.sh
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# The ripgrep build that code-server 4.100.3's @vscode/ripgrep postinstall wants to download.
RG_CACHE_DIR_NAME=vscode-ripgrep-cache-1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$repo/.e2e/tools"

log() { printf 'e2e-setup: %s\n' "$*"; }

# --- Debian packages ------------------------------------------------------------------------
need_pkgs=()
for p in chromium ripgrep libkrb5-dev build-essential python3; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    need_pkgs+=("$p")
  fi
done
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages (${need_pkgs[*]}); run this script as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get install ${need_pkgs[*]}"
  if ! apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null; then
    log "package not found in the current lists; running apt-get update first"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  fi
fi

# --- npm tools -------------------------------------------------------------------------------
installed_version() {
  node -p "try { require('$tools/node_modules/$1/package.json').version } catch { '' }" 2>/dev/null
}
if [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] \
   && [ -n "$(installed_version playwright-core)" ] \
   && [ -f "$tools/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  log "code-server $CODE_SERVER_VERSION and playwright-core $(installed_version playwright-core) already in $tools"
  exit 0
fi

mkdir -p "$tools"
# A private package.json so npm never walks up to (and edits) the project's manifest.
if [ ! -f "$tools/package.json" ]; then
  printf '{\n  "name": "switchyard-e2e-tools",\n  "private": true\n}\n' > "$tools/package.json"
fi

# Pre-seed @vscode/ripgrep's download cache with Debian's rg (its postinstall would fetch it from
# GitHub otherwise).
rg_cache="$(node -p 'require("os").tmpdir()')/$RG_CACHE_DIR_NAME"
if [ ! -f "$rg_cache/$RG_TARBALL" ]; then
  mkdir -p "$rg_cache"
  stage="$(mktemp -d)"
  cp /usr/bin/rg "$stage/rg"
  tar -czf "$rg_cache/$RG_TARBALL" -C "$stage" rg
  rm -rf "$stage"
  log "seeded $rg_cache/$RG_TARBALL from /usr/bin/rg"
fi

log "npm install code-server@$CODE_SERVER_VERSION playwright-core into $tools"
start=$(date +%s)
(
  cd "$tools"
  # unsafe_perm: code-server's postinstall refuses to run as root otherwise.
  # yes: node-pty's postinstall runs `npx node-gyp`, which would be cancelled under yes=false.
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --save-exact --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" playwright-core
)
test -f "$tools/node_modules/code-server/lib/vscode/out/server-main.js" \
  || { log "code-server install incomplete: server-main.js is missing" >&2; exit 1; }
log "done in $(( $(date +%s) - start ))s"
