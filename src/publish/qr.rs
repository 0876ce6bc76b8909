//! QR codes of the pages' public addresses, for their printed copies: a printout read at a
//! chi bộ meeting can be scanned back to the page. Drawn at build time as small SVG files
//! (`model::routes::qr_code_path`), one per article and work, which the page and the app's
//! copy of it both name, so the readers' wasm carries no QR code encoder.

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

/// The quiet zone around the code, in modules, as the standard asks.
const QUIET: usize = 4;

use crate::components::print_address::QR_SIZE_PX as SIZE_PX;

/// `text` (an absolute address) as a QR code in SVG, at error correction level M (a
/// printout may be creased or smudged). Each row's dark runs are one path segment, so the
/// file stays a few kilobytes. `None` when the text is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let _ = write!(
                path,
                "M{} {}h{}v1H{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                start + QUIET
            );
        }
    }
    let size = width + 2 * QUIET;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{SIZE_PX}\" \
         height=\"{SIZE_PX}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" \
         fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_drawn_as_rows_of_dark_runs_inside_a_quiet_zone() {
        let svg = svg("https://lechan.haiphong.gov.vn/ban-tin/so/so-11-2024/bai").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        // Version 4 at level M holds up to 62 bytes: 33 modules and the quiet zone.
        assert!(svg.contains("viewBox=\"0 0 41 41\""), "{svg}");
        // The top-left finder pattern: a run of 7 dark modules at the quiet zone's corner.
        assert!(svg.contains("M4 4h7v1H4z"), "{svg}");
        assert!(svg.len() < 6_000, "{} bytes", svg.len());
    }

    #[test]
    fn text_too_long_for_a_qr_code_has_none() {
        assert_eq!(svg(&"x".repeat(4_000)), None);
    }
}
