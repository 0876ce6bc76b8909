#!/usr/bin/env bash
# Builds the app with the bundled sample bulletin and serves it on http://127.0.0.1:8080,
# rebuilding and reloading the page when a file under src/, style/ or public/ changes.
# Installs whatever is missing first (scripts/setup.sh). Extra arguments go to `trunk serve`,
# e.g. `bash scripts/serve.sh --release` to serve the optimised build readers get.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec trunk serve "$@"
