#!/usr/bin/env bash
# Installs every tool the project builds and tests with, and skips what is already there.
# Safe to run again: each step checks first. Sourced by serve.sh and test.sh; runnable alone.
# Versions and the reasons behind them: ARCHITECTURE.md, section "Toolchain".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trunk_version="0.21.14"
feedparser_version="6.0.11"
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or the generated JS and
# the wasm disagree at load time.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$root/Cargo.lock")"

say() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^rustfmt'; then
  say "adding rustfmt (the test command checks formatting)"
  rustup component add rustfmt
fi
if ! rustup component list --installed | grep -q '^clippy'; then
  say "adding clippy (the test command lints with it)"
  rustup component add clippy
fi

if ! trunk --version 2>/dev/null | grep -q "$trunk_version"; then
  say "installing Trunk $trunk_version (about 10 minutes on 2 cores)"
  cargo install --locked "trunk@$trunk_version"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$bindgen_version" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: the CLI's own lock file names a webpki-roots the registry no longer serves.
  cargo install --force "wasm-bindgen-cli@$bindgen_version"
fi

# Debian packages: the ones missing, in one apt run. Another apt may hold the lock: wait.
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$package")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  say "installing Debian's ${missing[*]}"
  local prefix=()
  [ "$(id -u)" -eq 0 ] || prefix=(sudo)
  "${prefix[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
  DEBIAN_FRONTEND=noninteractive "${prefix[@]}" apt-get -o DPkg::Lock::Timeout=600 \
    install -y -q "${missing[@]}"
}

apt_install chromium chromium-driver
# Only the test command (`source scripts/setup.sh tests`) needs the other engines, the web
# servers, the HTML checker's Java and the feed parser.
if [ "${1:-}" = tests ]; then
  # WebKit (Safari's engine) with its WebDriver and a virtual display; Firefox ESR; nginx with
  # brotli_static, and Caddy; Java for the Nu Html Checker; pdftotext, to read back the PDF
  # of an issue's printed copy.
  apt_install webkit2gtk-driver xvfb xauth firefox-esr nginx \
    libnginx-mod-http-brotli-static caddy default-jre-headless poppler-utils
  # PyPI feedparser: what many feed readers use, to read the site's Atom feeds.
  if ! python3 -c 'import feedparser' 2>/dev/null; then
    say "installing feedparser $feedparser_version"
    python3 -m pip install --quiet --disable-pip-version-check "feedparser==$feedparser_version"
  fi
fi

# npm packages: binaryen 132 (wasm-opt; Debian's 108 breaks wasm-bindgen 0.2.130 output) and
# the end-to-end test libraries. Never let a package download its own browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
stamp="$root/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  say "installing npm packages"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Trunk runs the first wasm-opt on PATH: make it the npm one.
export PATH="$root/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
