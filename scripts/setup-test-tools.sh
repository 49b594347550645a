#!/usr/bin/env bash
# Installs everything `npm test` needs on a fresh Debian bookworm machine (run as root):
# Debian packages (compilers, nginx, caddy, chromium…), the offline tree-sitter CLI, and the
# real VS Code workbench used by the editor tests. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
bash scripts/build-tree-sitter-cli.sh
if [ -f scripts/e2e/setup.sh ]; then bash scripts/e2e/setup.sh; fi
echo "test tools ready"
