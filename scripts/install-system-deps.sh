#!/usr/bin/env bash
# Installs the Debian packages Switchyard's build and tests need (run as root).
# Idempotent: safe to run on a machine that already has them.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# deb-src entries so `apt-get source` can fetch tree-sitter and nginx sources.
if [ ! -f /etc/apt/sources.list.d/switchyard-src.sources ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
    > /etc/apt/sources.list.d/switchyard-src.sources
fi
apt-get update -qq

pkgs=(
  build-essential python3 ca-certificates xz-utils dpkg-dev iproute2 util-linux
  cargo rustc clang-14 lld-14 wasi-libc
  nginx caddy
  libnginx-mod-http-lua libnginx-mod-http-headers-more-filter libnginx-mod-http-echo
  libnginx-mod-http-geoip libnginx-mod-http-geoip2 libnginx-mod-http-image-filter
  libnginx-mod-http-xslt-filter libnginx-mod-stream libnginx-mod-mail
  libnginx-mod-http-perl libnginx-mod-http-uploadprogress libnginx-mod-http-brotli-static
)
crates=(ansi-term anyhow atty clap-2 difference dirs glob html-escape indexmap lazy-static regex
  regex-syntax rustc-hash semver serde serde-derive serde-json smallbitvec tiny-http walkdir which
  log toml cc thiserror memchr libloading once-cell getopts)
for c in "${crates[@]}"; do pkgs+=("librust-$c-dev"); done

apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
# The Debian nginx package starts a system service; tests run their own instances.
(systemctl stop nginx caddy 2>/dev/null || service nginx stop 2>/dev/null || true) >/dev/null 2>&1
pkill -x nginx 2>/dev/null || true
pkill -x caddy 2>/dev/null || true
echo "system deps installed"
