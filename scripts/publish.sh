#!/usr/bin/env bash
# One command for the office's IT staff: checks the content, builds the site for its public
# address, and says what to upload where (docs/huong-dan-bien-tap.md, "Xuất bản").
#
#   bash scripts/publish.sh <site URL> [sub-path] [--dist <folder>]
#
#   bash scripts/publish.sh https://lechan.haiphong.gov.vn
#   bash scripts/publish.sh https://lechan.haiphong.gov.vn/ban-tin   # the same as:
#   bash scripts/publish.sh https://lechan.haiphong.gov.vn /ban-tin
#
# The build goes to dist/ (or --dist). Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
  cat >&2 <<'EOF'
Cách dùng: bash scripts/publish.sh <địa chỉ trang> [đường dẫn con] [--dist <thư mục>]
  Ví dụ:   bash scripts/publish.sh https://lechan.haiphong.gov.vn
           bash scripts/publish.sh https://lechan.haiphong.gov.vn /ban-tin
EOF
  exit 2
}

url="" sub="" dist="dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) [ $# -ge 2 ] || usage; dist="$2"; shift 2 ;;
    -h | --help) usage ;;
    *)
      if [ -z "$url" ]; then url="$1"
      elif [ -z "$sub" ]; then sub="$1"
      else usage
      fi
      shift ;;
  esac
done
[ -n "$url" ] || usage
if [[ ! "$url" =~ ^https?://[^/?#]+(/[^?#]*)?$ ]]; then
  echo "Địa chỉ «$url» không dùng được: hãy viết đầy đủ, bắt đầu bằng https:// (ví dụ https://lechan.haiphong.gov.vn)." >&2
  exit 2
fi
# The sub-path: given, or the address's own path. Written /ban-tin (no slash at the end).
origin="$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')"
own_path="$(printf '%s' "$url" | sed -E 's#^https?://[^/]+##')"
sub="${sub:-$own_path}"
sub="/$(printf '%s' "$sub" | sed -E 's#^/+##; s#/+$##')"
[ "$sub" = "/" ] && sub=""
if [ -n "$own_path" ] && [ "${own_path%/}" != "$sub" ] && [ "${own_path%/}" != "" ]; then
  echo "Địa chỉ «$url» và đường dẫn con «$sub» không khớp nhau: chỉ cần ghi một trong hai." >&2
  exit 2
fi
if [[ ! "$sub" =~ ^(/[A-Za-z0-9._~-]+)*$ ]]; then
  echo "Đường dẫn con «$sub» chỉ được có chữ không dấu, chữ số, dấu gạch ngang, gạch dưới và dấu chấm (ví dụ /ban-tin)." >&2
  exit 2
fi
site="$origin$sub"

source scripts/setup.sh

echo "1/2 Kiểm tra nội dung trong public/ …"
if ! cargo run --locked --quiet --bin check-content -- public; then
  echo >&2
  echo "Chưa xuất bản: nội dung còn lỗi (xem ở trên: tệp, mục, trường, vị trí và cách sửa)." >&2
  echo "Sửa xong, chạy lại lệnh này." >&2
  exit 1
fi

echo "2/2 Dựng trang cho $site/ vào $dist/ …"
BAN_TIN_SITE_URL="$site" trunk build --release --public-url "$sub/" --dist "$dist" >"$dist.log" 2>&1 || {
  tail -n 30 "$dist.log" >&2
  echo "Dựng trang không thành công; toàn bộ nhật ký ở $dist.log." >&2
  exit 1
}
rm -f "$dist.log"

folder="$(cd "$dist" && pwd)"
pages=$(find "$folder" -name index.html | wc -l)
size=$(du -sh --exclude='*.br' --exclude='*.gz' "$folder" | cut -f1)
cat <<EOF

Xong. Trang đã dựng nằm ở: $folder
  $pages trang, $size (chưa kể các bản nén .br và .gz đi kèm).

Tải lên máy chủ TOÀN BỘ nội dung thư mục đó (cả các tệp .br, .gz, sw.js, sitemap.xml,
atom.xml và thư mục chuyen-muc/), sao cho $site/ mở ra tệp index.html của nó.
  - nginx: docs/hosting/nginx.conf; Caddy: docs/hosting/Caddyfile (đã kiểm thử).
  - Apache, GitHub Pages và các dịch vụ khác: README, mục "Publishing".
Sau khi tải lên, mở $site/ và $site/atom.xml để kiểm tra.
EOF
