#!/usr/bin/env python3
"""Writes the sample bulletin's original artwork as small SVG files under public/images.

Run from the repository root: python3 scripts/make-images.py
Every image is drawn here from shapes and text, so the project owns it outright. Sizes are
written into each file's width/height and must match the JSON that references them; the
content tests check that they do.
"""
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "public" / "images"
RED, DARK_RED, GOLD, CREAM = "#a4161a", "#6a040f", "#f4c542", "#fff8e7"
SERIF = "Noto Serif, DejaVu Serif, Georgia, serif"


def star(cx, cy, r, fill=GOLD):
    import math

    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = math.pi / 2 + i * math.pi / 5
        points.append(f"{cx + radius * math.cos(angle):.1f},{cy - radius * math.sin(angle):.1f}")
    return f'<polygon fill="{fill}" points="{" ".join(points)}"/>'


def text_lines(lines, x, y, size, fill, weight="700", step=None, anchor="middle"):
    step = step or size * 1.25
    out = []
    for i, line in enumerate(lines):
        out.append(
            f'<text x="{x}" y="{y + i * step:.0f}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{escape(line)}</text>'
        )
    return "".join(out)


def svg(width, height, label, body):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'font-family="{SERIF}">{body}</svg>\n'
    )


def cover(name, kicker, title_lines, date, special):
    w, h = 600, 800
    bg = DARK_RED if special else RED
    body = f'<rect width="{w}" height="{h}" fill="{bg}"/>'
    body += f'<rect x="24" y="24" width="{w-48}" height="{h-48}" fill="none" stroke="{GOLD}" stroke-width="3"/>'
    body += text_lines(["ĐẢNG BỘ QUẬN LÊ CHÂN"], w / 2, 92, 26, GOLD)
    body += f'<line x1="120" y1="118" x2="480" y2="118" stroke="{GOLD}" stroke-width="2"/>'
    body += star(w / 2, 250, 90 if special else 70)
    body += text_lines([kicker], w / 2, 420, 30, CREAM, "400")
    body += text_lines(title_lines, w / 2, 490, 44, GOLD)
    body += text_lines([date], w / 2, 720, 24, CREAM, "400")
    (ROOT / "bia").mkdir(parents=True, exist_ok=True)
    (ROOT / "bia" / name).write_text(svg(w, h, " ".join([kicker, *title_lines, date]), body))


def banner(name, lines, motif):
    w, h = 1200, 675
    body = f'<rect width="{w}" height="{h}" fill="{CREAM}"/>'
    body += f'<rect width="{w}" height="120" fill="{RED}"/>'
    body += f'<rect y="{h-40}" width="{w}" height="40" fill="{GOLD}"/>'
    body += star(110, 60, 40)
    body += text_lines(["BẢN TIN ĐIỆN TỬ · ĐẢNG BỘ QUẬN LÊ CHÂN"], 180, 74, 30, CREAM, anchor="start")
    body += motif
    body += text_lines(lines, w / 2, 320, 56, DARK_RED)
    (ROOT / "bai").mkdir(parents=True, exist_ok=True)
    (ROOT / "bai" / name).write_text(svg(w, h, " ".join(lines), body))


def poster(name, lines, subtitle, variant):
    w, h = 800, 1100
    bg, fg = [(RED, GOLD), (DARK_RED, CREAM), (CREAM, RED)][variant % 3]
    body = f'<rect width="{w}" height="{h}" fill="{bg}"/>'
    body += f'<circle cx="{w/2}" cy="330" r="190" fill="none" stroke="{fg}" stroke-width="6"/>'
    body += star(w / 2, 330, 140, GOLD if bg != GOLD else RED)
    body += text_lines(lines, w / 2, 640, 54, fg)
    body += text_lines([subtitle], w / 2, 980, 28, fg, "400")
    body += f'<rect x="0" y="{h-60}" width="{w}" height="60" fill="{GOLD if bg != GOLD else RED}"/>'
    (ROOT / "trung-bay").mkdir(parents=True, exist_ok=True)
    (ROOT / "trung-bay" / name).write_text(svg(w, h, " ".join(lines), body))


def main():
    cover("so-dac-biet-10-2024.svg", "BẢN TIN ĐẢNG BỘ QUẬN", ["SỐ ĐẶC BIỆT"], "Tháng 10/2024", True)
    cover("so-11-2024.svg", "BẢN TIN ĐẢNG BỘ QUẬN", ["SỐ 11"], "Tháng 11/2024", False)
    cover("so-12-2024.svg", "BẢN TIN ĐẢNG BỘ QUẬN", ["SỐ 12"], "Tháng 12/2024", False)
    cover("so-01-2025.svg", "BẢN TIN ĐẢNG BỘ QUẬN", ["SỐ 1"], "Tháng 01/2025", False)

    book = '<rect x="470" y="430" width="260" height="150" rx="8" fill="none" stroke="#a4161a" stroke-width="6"/>'
    banner("hoi-nghi-ket-luan-01.svg", ["Học tập và làm theo", "tư tưởng, đạo đức, phong cách", "Hồ Chí Minh"], "")
    banner("hoi-thi-lan-thu-vi.svg", ["Hội thi", "“Lê Chân trong trái tim tôi”", "lần thứ VI"], "")
    banner("di-chuc-55-nam.svg", ["55 năm thực hiện", "Di chúc của", "Chủ tịch Hồ Chí Minh"], "")
    banner("ban-tin-dien-tu.svg", ["Ra mắt", "Bản tin điện tử"], book)
    banner("khen-thuong.svg", ["40 tập thể · 15 cá nhân", "được tặng Giấy khen"], "")

    works = [
        ("pano-di-chuc.svg", ["Di chúc", "thiêng liêng"], "1969 – 2024"),
        ("pano-hoc-tap-lam-theo.svg", ["Học tập và", "làm theo Bác"], "Kết luận 01-KL/TW"),
        ("pano-doan-ket.svg", ["Đoàn kết", "là sức mạnh"], "Lời Bác dặn"),
        ("pano-dao-duc.svg", ["Thấm nhuần", "đạo đức cách mạng"], "Trích Di chúc"),
        ("pano-thanh-nien.svg", ["Bồi dưỡng", "thế hệ cách mạng"], "cho đời sau"),
        ("pano-nhan-dan.svg", ["Chăm lo đời sống", "Nhân dân"], "Theo lời Di chúc"),
        ("pano-can-kiem.svg", ["Cần, kiệm,", "liêm, chính"], "chí công vô tư"),
        ("pano-guong-sang.svg", ["Gương sáng", "đời thường"], "Hội thi lần thứ VI"),
        ("pano-le-chan.svg", ["Lê Chân", "trong trái tim tôi"], "Quận ủy Lê Chân"),
        ("pano-xay-dung-dang.svg", ["94 năm", "các Ban xây dựng Đảng"], "1930 – 2024"),
        ("pano-kiem-tra.svg", ["76 năm", "ngành Kiểm tra Đảng"], "1948 – 2024"),
        ("pano-dai-hoi.svg", ["Hướng tới", "Đại hội Đảng các cấp"], "Nhiệm kỳ 2025 – 2030"),
    ]
    for i, (name, lines, subtitle) in enumerate(works):
        poster(name, lines, subtitle, i)


if __name__ == "__main__":
    main()
