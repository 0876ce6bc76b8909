#!/usr/bin/env bash
# The release build of a large synthetic bulletin, timed: make-corpus writes <issues> ×
# <articles per issue> articles (default 200 × 50 = 10,000), a scratch copy of the project
# takes them as its content (the code is linked, not copied, and the dependencies' build
# is shared through CARGO_TARGET_DIR), and `trunk build --release` runs three times: once
# to compile (not timed), then timed with nothing compressed before (a first publication),
# then timed again after one more issue is added (what an office pays per issue: the
# earlier pages' compressed copies are reused).
#
#   bash scripts/bench-build.sh [issues] [articles-per-issue] [keep]
#
# With `keep`, a folder, the last build's site is moved there (for bench-archive.mjs).
#
# Prints each timed build's wall clock, the page writer's phases (BAN_TIN_TIMINGS) and the
# size of what it wrote. Figures go to BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
source "$root/scripts/setup.sh" >/dev/null
issues="${1:-200}"
per_issue="${2:-50}"
keep="${3:-}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/ban-tin-bench-build-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
for entry in Cargo.toml Cargo.lock build.rs src style scripts node_modules; do
  ln -s "$root/$entry" "$scratch/$entry"
done
# Copied, not linked: Trunk resolves the paths in index.html from its real location.
cp "$root/index.html" "$root/xem-truoc.html" "$root/Trunk.toml" "$scratch/"
mkdir -p "$scratch/public"
# Everything in public/ but the content, which make-corpus writes.
for entry in "$root"/public/*; do
  [ "$(basename "$entry")" = data ] || ln -s "$entry" "$scratch/public/$(basename "$entry")"
done
export CARGO_TARGET_DIR="$root/target/bench-build"
cd "$scratch"
# The compile, untimed, on the small sample bulletin (the page writer's work on the large
# one would double the run for nothing).
echo "[bench-build] compiling (not timed)"
cp -r "$root/public/data" "$scratch/public/data"
BAN_TIN_COMPRESS_CACHE="$scratch/cache-warmup" trunk build --release --dist "$scratch/dist-warm" >/dev/null 2>&1
rm -rf "$scratch/dist-warm" "$scratch/cache-warmup" "$scratch/public/data"
cargo run --quiet --release --manifest-path "$root/Cargo.toml" --bin make-corpus -- \
  "$scratch/public" "$issues" "$per_issue"
export BAN_TIN_COMPRESS_CACHE="$scratch/cache" BAN_TIN_TIMINGS=1
timed() {
  local start end
  start=$(date +%s.%N)
  trunk build --release --dist "$scratch/dist" 2>&1 | grep -E 'prerender|ERROR' || true
  end=$(date +%s.%N)
  printf '[bench-build] trunk build --release: %.1f s on %s cores\n' "$(echo "$end - $start" | bc)" "$(nproc)"
}
echo "[bench-build] first build of $((issues * per_issue)) articles (nothing compressed before)"
timed
printf '[bench-build] wrote %s files, %s\n' "$(find "$scratch/dist" -type f | wc -l)" "$(du -sh "$scratch/dist" | cut -f1)"
# The office's case: one more issue, same code, the build before kept its compressed copies.
cargo run --quiet --release --manifest-path "$root/Cargo.toml" --bin make-corpus -- \
  "$scratch/public" "$((issues + 1))" "$per_issue" >/dev/null
echo "[bench-build] the next build, with one issue more ($(((issues + 1) * per_issue)) articles)"
timed
if [ -n "$keep" ]; then
  rm -rf "$keep"
  mv "$scratch/dist" "$keep"
  echo "[bench-build] the site is in $keep"
fi
