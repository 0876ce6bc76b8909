#!/usr/bin/env bash
# Size benchmark: the wasm of the smallest Leptos apps (scripts/leptos-floor: a counter; a
# router with two routes), built as the bulletin's wasm is (same versions, release profile,
# --cfg erase_components from .cargo/config.toml, wasm-bindgen, wasm-opt -Oz with Trunk's
# flags from index.html), printed raw and brotli (q11). It shows what Leptos costs before any
# of the bulletin's code, against the hosting issue's 80 KB wasm budget (BENCHMARKS.md).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
set +e
root="$PWD"
out="$root/target/leptos-floor"
(cd scripts/leptos-floor && CARGO_TARGET_DIR="$out" cargo build --release --target wasm32-unknown-unknown) || exit 1
flags=$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | cut -d'"' -f2)
for app in counter router; do
  wasm-bindgen --target web --out-dir "$out/$app" "$out/wasm32-unknown-unknown/release/$app.wasm" 2>/dev/null || exit 1
  # shellcheck disable=SC2086
  wasm-opt -Oz $flags -o "$out/$app/opt.wasm" "$out/$app/${app}_bg.wasm" || exit 1
  node -e '
    const { readFileSync } = require("node:fs");
    const { brotliCompressSync, constants } = require("node:zlib");
    const [name, file] = process.argv.slice(1);
    const bytes = readFileSync(file);
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    console.log(`${name.padEnd(8)} wasm ${(bytes.length / 1024).toFixed(1)} KB raw, ${(br.length / 1024).toFixed(1)} KB brotli`);
  ' "$app" "$out/$app/opt.wasm"
done
