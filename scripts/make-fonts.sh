#!/usr/bin/env bash
# Makes the self-hosted fonts in public/fonts/ (committed; neither the build nor the tests run
# this): Noto Serif (regular, bold, italic) for headings and reading, Noto Sans Mono for the
# editor's pasted text, each cut down to Latin and Vietnamese and written as woff2.
# Sources: Debian's fonts-noto-core and fonts-noto-mono (SIL Open Font License 1.1,
# public/fonts/OFL.txt). Needs network for apt-get download and PyPI.
#   bash scripts/make-fonts.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-noto-core fonts-noto-mono 2>/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet fonttools brotli
noto="$work/x/usr/share/fonts/truetype/noto"
# Basic Latin, Latin-1, the Vietnamese letters (Ă Đ Ĩ Ũ Ơ Ư and U+1EA0–1EF9), the combining
# marks of decomposed Vietnamese text, and the punctuation the bulletin uses (– — ‘ ’ “ ” •
# … ‹ › ₫ €).
unicodes="U+0020-007E,U+00A0-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0131,U+0152-0153,\
U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+02C6,U+02DC,U+0300-0301,U+0303,U+0309,U+0323,\
U+1EA0-1EF9,U+2013-2014,U+2018-201A,U+201C-201E,U+2022,U+2026,U+2039-203A,U+20AB,U+20AC"
for pair in NotoSerif-Regular:noto-serif-400 NotoSerif-Bold:noto-serif-700 \
  NotoSerif-Italic:noto-serif-400-italic NotoSansMono-Regular:noto-sans-mono-400; do
  "$work/venv/bin/pyftsubset" "$noto/${pair%%:*}.ttf" --unicodes="$unicodes" \
    --layout-features='kern,liga,mark,mkmk,ccmp,locl' --no-hinting --desubroutinize \
    --flavor=woff2 --output-file="public/fonts/${pair##*:}.woff2"
done
ls -l public/fonts/*.woff2
