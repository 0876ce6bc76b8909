//! Precompressed copies of the built site's text files, for hosts that serve them (nginx
//! `brotli_static`/`gzip_static`, Caddy `precompressed`).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

/// Whether a built file is text worth a precompressed copy (`.br`, `.gz`): pages, code,
/// styles, content, drawings. Pictures in PNG or JPEG are compressed already.
pub fn compressible(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    matches!(
        extension,
        "html" | "js" | "wasm" | "css" | "json" | "svg" | "webmanifest" | "txt" | "xml"
    )
}

/// The brotli quality for a file, by its kind (`examples/compress_levels.rs` measured each
/// on a 10,000-article site; BENCHMARKS.md): 11, the best, for the app's code and styles,
/// a few files every reader downloads; 10 for content and index files (3 % larger than 11,
/// 2.4 times faster); 7 for pages and the rest (8 % larger than 11, a tenth of the time;
/// 9 was as large as 7 and four times slower). At 11 everywhere, compression was 93 of the
/// 111 s of a 10,000-article build.
pub fn brotli_quality(name: &str) -> u32 {
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    match extension {
        "wasm" | "js" | "css" => 11,
        "json" => 10,
        _ => 7,
    }
}

/// Writes `<file>.br` and `<file>.gz` beside every text file of the built site (when
/// smaller). Done last, so the worker and every page are included. Brotli is nearly all of
/// the page writer's time, so each file is compressed once: copies are kept in `cache` by
/// the file's SHA-256, and a later build reuses them for every file that did not change
/// (with the same code, every article page of earlier issues). Entries this build did not use are removed at the end, so the cache
/// holds one build. The work is spread over every core.
pub fn compress_all(dir: &Path, cache: Option<&Path>) -> Result<CompressStats, String> {
    let files = text_files(dir)?;
    if let Some(cache) = cache {
        fs::create_dir_all(cache)
            .map_err(|e| format!("không tạo được {}: {e}", cache.display()))?;
    }
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let next = AtomicUsize::new(0);
    let reused = AtomicUsize::new(0);
    let used = Mutex::new(HashSet::new());
    // Large files first, so no thread is left with the wasm at the end.
    let mut files: Vec<(u64, PathBuf)> = files
        .into_iter()
        .map(|path| (fs::metadata(&path).map_or(0, |m| m.len()), path))
        .collect();
    files.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((_, path)) = files.get(i) else {
                            return Ok(());
                        };
                        let key = compress_file(path, cache, &reused)?;
                        if let Ok(mut used) = used.lock() {
                            used.insert(key);
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .unwrap_or_else(|_| Err("một luồng nén bị dừng".to_owned()))
        })
    })?;
    if let Some(cache) = cache {
        let used = used.into_inner().unwrap_or_default();
        for entry in fs::read_dir(cache).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = name.split('.').next().unwrap_or_default();
            if !used.contains(key) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    Ok(CompressStats {
        files: files.len(),
        reused: reused.into_inner(),
    })
}

/// How many files got compressed copies, and how many of them came from the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompressStats {
    pub files: usize,
    pub reused: usize,
}

/// Every file under `dir` that gets compressed copies.
fn text_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder)
            .map_err(|e| format!("không đọc được {}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                folders.push(path);
            } else if compressible(&path.to_string_lossy()) {
                found.push(path);
            }
        }
    }
    Ok(found)
}

/// Writes the `.br` and `.gz` copies of one file, each only when smaller than the file,
/// from the cache when it has them (counted in `reused`). Returns the file's cache key.
fn compress_file(
    path: &Path,
    cache: Option<&Path>,
    reused: &AtomicUsize,
) -> Result<String, String> {
    let name = path.to_string_lossy();
    let bytes = fs::read(path).map_err(|e| format!("không đọc được {name}: {e}"))?;
    let quality = brotli_quality(&name);
    // The content and the quality: a copy made at another quality is not reused.
    let mut key: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    key.push_str(&format!("-q{quality}"));
    let mut all_cached = true;
    for suffix in ["br", "gz"] {
        let kept = cache.map(|c| c.join(format!("{key}.{suffix}")));
        let packed = match kept.as_ref().and_then(|k| fs::read(k).ok()) {
            Some(packed) => packed,
            None => {
                all_cached = false;
                let packed = if suffix == "br" {
                    brotli_bytes(&bytes, quality)
                } else {
                    gzip_bytes(&bytes)
                };
                let packed = packed.map_err(|e| format!("không nén được {name}: {e}"))?;
                if let Some(kept) = &kept {
                    // Written aside and renamed, so a build running beside this one never
                    // reads half a copy. A cache that cannot be written only costs time.
                    let aside = kept.with_extension(format!(
                        "{suffix}.{}-{:?}",
                        std::process::id(),
                        std::thread::current().id()
                    ));
                    if fs::write(&aside, &packed).is_ok() {
                        let _ = fs::rename(&aside, kept);
                    }
                }
                packed
            }
        };
        if packed.len() < bytes.len() {
            fs::write(format!("{name}.{suffix}"), packed)
                .map_err(|e| format!("không ghi được {name}.{suffix}: {e}"))?;
        }
    }
    if all_cached {
        reused.fetch_add(1, Ordering::Relaxed);
    }
    Ok(key)
}

fn brotli_bytes(bytes: &[u8], quality: u32) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
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
    fn copies_are_made_once_and_reused_from_the_cache() {
        let root = std::env::temp_dir().join(format!("ban-tin-nen-{}", std::process::id()));
        let (site, cache) = (root.join("site"), root.join("cache"));
        fs::create_dir_all(site.join("so")).unwrap();
        let page = "<p>Đảng bộ quận Lê Chân</p>".repeat(200);
        fs::write(site.join("index.html"), &page).unwrap();
        fs::write(site.join("so/a.html"), page.replace("Chân", "Chan")).unwrap();
        fs::write(site.join("anh.png"), [0u8; 10]).unwrap();
        let first = compress_all(&site, Some(&cache)).unwrap();
        assert_eq!(
            first,
            CompressStats {
                files: 2,
                reused: 0
            }
        );
        let brotli = fs::read(site.join("index.html.br")).unwrap();
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &brotli[..], &mut unpacked).unwrap();
        assert_eq!(unpacked, page.as_bytes());
        assert!(site.join("so/a.html.gz").exists() && !site.join("anh.png.br").exists());
        // A second build with one page changed compresses only that page, and the cache
        // keeps only what this build used.
        fs::write(site.join("so/a.html"), page.replace("Chân", "Chăn")).unwrap();
        let second = compress_all(&site, Some(&cache)).unwrap();
        assert_eq!(
            second,
            CompressStats {
                files: 2,
                reused: 1
            }
        );
        assert_eq!(fs::read_dir(&cache).unwrap().count(), 4);
        assert_eq!(fs::read(site.join("index.html.br")).unwrap(), brotli);
        fs::remove_dir_all(&root).unwrap();
    }

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
