//! Precompressed copies of the built site's text files, for hosts that serve them (nginx
//! `brotli_static`/`gzip_static`, Caddy `precompressed`).

use std::fs;
use std::path::Path;

/// Whether a built file is text worth a precompressed copy (`.br`, `.gz`): pages, code,
/// styles, content, drawings. Pictures in PNG or JPEG are compressed already.
pub fn compressible(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    matches!(
        extension,
        "html" | "js" | "wasm" | "css" | "json" | "svg" | "webmanifest" | "txt" | "xml"
    )
}

/// Writes `<file>.br` and `<file>.gz` beside every text file of the built site (when
/// smaller). Done last, so the worker and every page are included.
pub fn compress_all(dir: &Path) -> Result<(), String> {
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder)
            .map_err(|e| format!("không đọc được {}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let name = path.to_string_lossy().into_owned();
            if !compressible(&name) {
                continue;
            }
            let bytes = fs::read(&path).map_err(|e| format!("không đọc được {name}: {e}"))?;
            for (suffix, packed) in [("br", brotli_bytes(&bytes)), ("gz", gzip_bytes(&bytes))] {
                let packed = packed.map_err(|e| format!("không nén được {name}: {e}"))?;
                if packed.len() < bytes.len() {
                    fs::write(format!("{name}.{suffix}"), packed)
                        .map_err(|e| format!("không ghi được {name}.{suffix}: {e}"))?;
                }
            }
        }
    }
    Ok(())
}

fn brotli_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

fn gzip_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_get_compressed_copies() {
        for name in [
            "index.html",
            "app-0123_bg.wasm",
            "data/catalog.json",
            "a.svg",
            "sw.js",
        ] {
            assert!(compressible(name), "{name}");
        }
        for name in [
            "icons/icon-192.png",
            "a.jpg",
            "index.html.br",
            "index.html.gz",
            "README",
        ] {
            assert!(!compressible(name), "{name}");
        }
    }
}
