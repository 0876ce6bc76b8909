//! Writes one HTML file per address into a built site (`dist/`, or Trunk's staging folder when
//! run as its post-build hook): `index.html` for home, `so/<issue>/index.html`, each
//! article, the gallery and each work, the editor preview, and `404.html`. Each has its own
//! title, description, canonical address and share-preview tags (`model::site`), and every
//! file carries the Content-Security-Policy with the hash of Trunk's inline loader.
//!
//!   cargo run --bin prerender -- dist
//!
//! Absolute addresses (canonical, `og:image`) start with `BAN_TIN_SITE_URL` (default
//! `http://127.0.0.1:8080`, the local server); set it to the public address when deploying.
//! Content problems are reported by `check-content`; here an unreadable issue or gallery file
//! only loses its own pages' files (the app and `404.html` still serve them).

// It runs on the host only; `cargo test --target wasm32…` still builds every binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::fs;
    use std::path::Path;
    use std::process::ExitCode;

    use ban_tin_le_chan::model::check::{image_size, CATALOG_FILE};
    use ban_tin_le_chan::model::routes;
    use ban_tin_le_chan::model::site::{self, PageMeta};
    use ban_tin_le_chan::static_page::Site;
    use base64::Engine;
    use sha2::{Digest, Sha256};

    pub fn main() -> ExitCode {
        let Some(dir) = std::env::args().nth(1) else {
            eprintln!("Cách dùng: prerender <thư mục đã build, ví dụ dist>");
            return ExitCode::from(2);
        };
        match run(Path::new(&dir)) {
            Ok(count) => {
                println!("prerender: {count} trang trong {dir}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("prerender: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn run(dir: &Path) -> Result<usize, String> {
        let site_url = std::env::var("BAN_TIN_SITE_URL")
            .unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned());
        let template = fs::read_to_string(dir.join("index.html"))
            .map_err(|e| format!("không đọc được index.html: {e}"))?;
        if template.contains("og:title") {
            return Err("index.html đã được xử lý; hãy build lại trước".to_owned());
        }
        // The page is in the file now: the wasm need not be fetched ahead of it.
        let template = site::without_wasm_preload(&template);
        // `trunk serve` adds its live-reload script and rewrites it as it serves, so no hash can
        // name it, and a service worker would keep serving it stale code: the development
        // server goes without both; every build that is published has them.
        let published = !template.contains(".well-known/trunk/ws");
        let template = if !published {
            template
        } else {
            let hashes: Vec<String> = site::inline_scripts(&template)
                .into_iter()
                .map(|script| {
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))
                })
                .collect();
            let secured = site::with_security(&template, &site::security_tags(&hashes))
                .ok_or("index.html thiếu <meta charset>")?;
            write_service_worker(dir)?;
            site::with_script(&secured, "sw-register.js").ok_or("index.html thiếu </head>")?
        };

        // The content as the app loads it (the same parsers, the same checks), read once:
        // every page's head and body come from it.
        let read_text = |path: &str| fs::read_to_string(dir.join(path)).ok();
        let base = site::base_href(&template)
            .map(|href| routes::base_from_href(&href))
            .unwrap_or_default();
        let Some(content) = Site::load(&read_text, &base) else {
            return Err(format!(
                "không đọc được {CATALOG_FILE}; chạy check-content để xem lỗi"
            ));
        };
        let problems = content.problem_count();
        if problems > 0 {
            eprintln!(
                "prerender: nội dung có {problems} lỗi (chạy check-content để xem); trang của \
                 phần hỏng để ứng dụng hiển thị"
            );
        }
        let mut pages = content.meta_pages();
        // Share pictures: Zalo and Facebook need a JPEG or PNG (see `site::share_picture`).
        // An issue's cover stands for each of its articles without a picture: each file is
        // read once.
        let sizes = RefCell::new(HashMap::new());
        let raster_size = |path: &str| {
            *sizes
                .borrow_mut()
                .entry(path.to_owned())
                .or_insert_with(|| fs::read(dir.join(path)).ok().and_then(|b| image_size(&b)))
        };
        let mut without_picture = Vec::new();
        let mut write = |page: &PageMeta, file: &str| -> Result<(), String> {
            let picture = page
                .image
                .as_ref()
                .and_then(|image| site::share_picture(image, raster_size));
            if page.image.is_some() && picture.is_none() {
                without_picture.push(page.path.clone());
            }
            let html = site::page_html(&template, page, picture.as_ref(), &site_url)
                .ok_or("index.html thiếu <title> hoặc mô tả")?;
            let body = content.page(&page.path);
            let html = match body {
                Some(body) => site::with_body(&html, &body).ok_or("index.html thiếu <body>")?,
                None => html,
            };
            let path = dir.join(file);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)
                    .map_err(|e| format!("không tạo được {}: {e}", parent.display()))?;
            }
            fs::write(&path, html).map_err(|e| format!("không ghi được {file}: {e}"))
        };
        for page in &pages {
            write(page, &page.file())?;
        }
        let not_found = site::not_found();
        write(&not_found, "404.html")?;
        pages.push(not_found);
        if !without_picture.is_empty() {
            eprintln!(
                "prerender: {} trang có ảnh SVG mà không có bản JPEG/PNG cùng tên bên cạnh, nên \
                 Zalo và Facebook không hiện ảnh khi chia sẻ (node scripts/make-share-images.mjs \
                 vẽ bản JPEG): {}",
                without_picture.len(),
                without_picture.join(", ")
            );
        }
        if published {
            compress_all(dir)?;
        }
        Ok(pages.len())
    }

    /// Writes `<file>.br` and `<file>.gz` beside every text file of the built site (when
    /// smaller), for hosts that serve precompressed files (nginx `brotli_static`/`gzip_static`,
    /// Caddy `precompressed`). Done last, so the worker and every page are included.
    fn compress_all(dir: &Path) -> Result<(), String> {
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
                if !site::compressible(&name) {
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

    /// Writes `sw.js` (the worker, with this build's files and a version made from their hashed
    /// names) and `sw-register.js`.
    fn write_service_worker(dir: &Path) -> Result<(), String> {
        let mut names = Vec::new();
        for entry in fs::read_dir(dir).map_err(|e| format!("không đọc được thư mục: {e}"))?
        {
            let entry = entry.map_err(|e| e.to_string())?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // Top-level files only: the app icons (25 KB of PNG) are fetched by the browser when
            // the site is installed, not by every reader on the first visit.
            if entry.path().is_file() {
                names.push(name);
            }
        }
        // Written below, and loaded by every page.
        names.push("sw-register.js".to_owned());
        let shell = site::shell_files(names.iter().map(String::as_str));
        let digest = Sha256::digest(shell.join("\n"));
        let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        let worker = site::service_worker(include_str!("../sw/sw.js"), &version, &shell);
        fs::write(dir.join("sw.js"), worker).map_err(|e| format!("không ghi được sw.js: {e}"))?;
        fs::write(
            dir.join("sw-register.js"),
            include_str!("../sw/sw-register.js"),
        )
        .map_err(|e| format!("không ghi được sw-register.js: {e}"))
    }
}
