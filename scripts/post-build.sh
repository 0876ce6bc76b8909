#!/bin/sh
# Trunk's post-build hook (Trunk.toml): builds the editor's preview bundle (xem-truoc.html:
# the same crate with `--features preview`, in the same profile and public URL), then runs
# the page writer on the staging folder with both bundles (src/bin/prerender.rs).
set -eu
# The preview's own build runs this hook too: nothing to add after it.
[ -n "${BAN_TIN_PREVIEW_BUILD:-}" ] && exit 0
preview="${CARGO_TARGET_DIR:-target}/xem-truoc-dist"
if [ "$TRUNK_PROFILE" = release ]; then release=true; else release=false; fi
BAN_TIN_PREVIEW_BUILD=1 trunk build xem-truoc.html --release "$release" --dist "$preview" \
  --public-url "$TRUNK_PUBLIC_URL"
exec cargo run --quiet --profile prerender --bin prerender -- "$TRUNK_STAGING_DIR" "$preview"
