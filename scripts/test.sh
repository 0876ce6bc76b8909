#!/usr/bin/env bash
# Runs every test: native (model and content), in-browser (components in headless Chromium),
# end-to-end (the release build in Chromium at phone and desktop sizes, served also by nginx
# and Caddy), the Nu Html Checker on every written page, and a smoke run in WebKit and Firefox.
# Installs whatever is missing first (scripts/setup.sh). Ends with one line:
# "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh tests
set +e

logs="$(mktemp -d)"
# A full disk fails builds with "No space left on device" deep in a linker's output; say it
# first. A clean run writes about 4 GB (target/ 3 GB, dist/, the toolchain's downloads).
free_gb=$(df -Pk . | awk 'NR == 2 {print int($4 / 1048576)}')
echo "free disk space here: ${free_gb} GB"
if [ "${free_gb:-0}" -lt 5 ]; then
  echo "warning: less than 5 GB free; a clean run needs about 4 GB" >&2
fi
passed=0
failed=0
broken=()

# Runs one layer, shows its output, and adds its counts to the totals.
layer() {
  local name="$1"
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  # cargo test and wasm-bindgen-test-runner: "test result: ok. 5 passed; 0 failed; …"
  local p f
  p=$(grep -oE '[0-9]+ passed' "$logs/$name.log" | awk '{s += $1} END {print s + 0}')
  f=$(grep -oE '[0-9]+ failed' "$logs/$name.log" | awk '{s += $1} END {print s + 0}')
  # node --test: "ℹ pass 12" / "ℹ fail 0"
  p=$((p + $(grep -oE '^(ℹ|#) pass [0-9]+' "$logs/$name.log" | awk '{s += $3} END {print s + 0}')))
  f=$((f + $(grep -oE '^(ℹ|#) fail [0-9]+' "$logs/$name.log" | awk '{s += $3} END {print s + 0}')))
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ]; then
    broken+=("$name")
    # A layer that failed without counting a test (a build error) still counts as a failure.
    [ "$f" -gt 0 ] || failed=$((failed + 1))
  fi
}

# Formatting: rustfmt's own layout, so diffs show changes, not reflows.
layer format cargo fmt --check
# Lints, warnings as errors: the host build (app, page writer, tools, tests) and the wasm
# build (app, browser tests), which compile different code.
layer clippy cargo clippy --locked --all-targets -- -D warnings
layer clippy-wasm cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings
# The editor preview's bundle compiles what readers' leaves out (`--features preview`).
layer clippy-preview cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --features preview -- -D warnings
layer native cargo test --locked
# The content checker on the bundled bulletin (README: "Kiểm tra nội dung").
layer content-check cargo run --locked --quiet --bin check-content -- public
layer browser cargo test --locked --target wasm32-unknown-unknown --test browser
layer release-build trunk build --release
# The same site built for a sub-path by the publish command (README "Publishing"), for
# tests/e2e/subpath.test.mjs, which serves it on nginx and Caddy too.
layer subpath-build bash scripts/publish.sh http://127.0.0.1:8080/ban-tin --dist target/dist-ban-tin
if [[ " ${broken[*]} " != *"-build "* ]]; then
  # The W3C Nu Html Checker on every page both builds wrote.
  layer html-valid node --test tests/html/
  layer end-to-end node --test --test-concurrency=1 tests/e2e/
  # Every page kind, search, a category and the lightbox in Safari's engine (WebKitGTK,
  # on a virtual display) and in Firefox ESR, at phone and desktop sizes.
  layer webkit xvfb-run -a env ENGINE=webkit node --test tests/engines/
  layer firefox env ENGINE=firefox node --test tests/engines/
fi

echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "Failed layers: ${broken[*]}"
fi
echo "tests: $passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ]
