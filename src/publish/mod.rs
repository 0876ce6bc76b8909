//! Publishing: the host-only steps that turn Trunk's build into the site a static host
//! serves. One HTML file per address ([`pages`]), each with its head tags and the
//! Content-Security-Policy, in a document written here ([`shell`]) and its page already drawn by the app's own
//! components ([`static_page`]); `sitemap.xml` and `robots.txt` ([`sitemap`]); the service
//! worker ([`worker`]); Atom feeds ([`feeds`]); precompressed copies ([`compress`]). Run by the `prerender` binary, Trunk's post-build hook.
//!
//! Native only: none of this reaches the wasm.

pub mod compress;
pub mod feeds;
pub mod pages;
pub mod qr;
pub mod shell;
pub mod sitemap;
pub mod static_page;
pub mod worker;

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

use crate::model::check::{image_size, CATALOG_FILE};
use crate::model::routes;
use pages::PageMeta;
use static_page::Site;

/// Writes every address's file into the built site `dir`, with the editor preview's bundle
/// from its own build in `preview_dir` (`xem-truoc.html`); `site_url` starts the absolute
/// addresses (canonical, `og:image`). Returns how many files it wrote. Content problems are
/// told on stderr (`check-content` names them); a broken file only loses its own pages.
pub fn run(dir: &Path, preview_dir: &Path, site_url: &str) -> Result<usize, String> {
    let mut clock = Phases::new();
    let template = fs::read_to_string(dir.join("index.html"))
        .map_err(|e| format!("không đọc được index.html: {e}"))?;
    if template.contains("og:title") {
        return Err("index.html đã được xử lý; hãy build lại trước".to_owned());
    }
    // What Trunk built, read strictly: the shell writes every page's document itself.
    let trunk = shell::TrunkOutput::read("index.html", &template)?;
    let preview = preview_bundle(dir, preview_dir, &trunk.base)?;
    let shell = shell::Shell::new(trunk, preview, site_url);
    if shell.published() {
        worker::write(dir)?;
    }

    // The content as the app loads it (the same parsers, the same checks), read once:
    // every page's head and body come from it.
    let read_text = |path: &str| fs::read_to_string(dir.join(path)).ok();
    let base = routes::base_from_href(shell.base());
    let Some(mut content) = Site::load(&read_text, &base) else {
        return Err(format!(
            "không đọc được {CATALOG_FILE}; chạy check-content để xem lỗi"
        ));
    };
    content.set_site_url(site_url);
    clock.lap("content read and checked");
    let problems = content.problem_count();
    if problems > 0 {
        eprintln!(
            "prerender: nội dung có {problems} lỗi (chạy check-content để xem); trang của phần \
             hỏng để ứng dụng hiển thị"
        );
    }
    let mut pages = content.pages();
    // Share pictures: Zalo and Facebook need a JPEG or PNG (see `shell::share_picture`). An
    // issue's cover stands for each of its articles without a picture: each file is read
    // once.
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
            .and_then(|image| shell::share_picture(image, raster_size));
        if page.image.is_some() && picture.is_none() {
            without_picture.push(page.path.clone());
        }
        let body = content.page_for(page.route.as_ref());
        let preview_page = page.route == Some(routes::Route::Preview);
        let file_html = shell.page(page, picture.as_ref(), body.as_deref(), preview_page);
        write_file(dir, file, &file_html)
    };
    for page in &pages {
        write(page, &page.file())?;
    }
    clock.lap(&format!("{} pages drawn and written", pages.len()));
    let codes = write_qr_codes(dir, &pages, site_url)?;
    clock.lap(&format!("{codes} QR codes written"));
    let (files, texts) = write_index(dir, &content)?;
    clock.lap(&format!(
        "{files} index files and {texts} articles' texts written"
    ));
    for feed in content.feeds(site_url) {
        write_file(dir, feed.path.trim_start_matches('/'), &feed.xml)?;
    }
    write_file(dir, "sitemap.xml", &sitemap::sitemap(&pages, site_url))?;
    write_file(dir, "robots.txt", &sitemap::robots(site_url))?;
    let not_found = pages::not_found();
    write(&not_found, "404.html")?;
    pages.push(not_found);
    if !without_picture.is_empty() {
        eprintln!(
            "prerender: {} trang có ảnh SVG mà không có bản JPEG/PNG cùng tên bên cạnh, nên Zalo \
             và Facebook không hiện ảnh khi chia sẻ (node scripts/make-share-images.mjs vẽ bản \
             JPEG): {}",
            without_picture.len(),
            without_picture.join(", ")
        );
    }
    clock.lap("feeds, sitemap, 404");
    if shell.published() {
        let stats = compress::compress_all(dir, Some(&compress_cache()))?;
        clock.lap(&format!(
            "compressed copies of {} files ({} from the cache)",
            stats.files, stats.reused
        ));
    }
    Ok(pages.len())
}

/// Each article's and work's address as a QR code, for its printed copies; how many.
fn write_qr_codes(dir: &Path, pages: &[PageMeta], site_url: &str) -> Result<usize, String> {
    let mut codes = 0;
    for page in pages {
        if !matches!(
            page.route,
            Some(routes::Route::Article { .. } | routes::Route::Work { .. })
        ) {
            continue;
        }
        let address = shell::absolute(site_url, &page.path);
        // Only an id of a thousand letters makes an address no QR code holds: that page's
        // printout goes without its code, and the build says which.
        let Some(svg) = qr::svg(&address) else {
            eprintln!("prerender: địa chỉ quá dài để vẽ mã QR, bản in không có mã: {address}");
            continue;
        };
        write_file(dir, &routes::qr_code_path(&page.path), &svg)?;
        codes += 1;
    }
    Ok(codes)
}

/// The listings' and search files (`index`) and each article's text; how many of each.
fn write_index(dir: &Path, content: &Site) -> Result<(usize, usize), String> {
    let files = content.index().files();
    for (path, json) in &files {
        write_file(dir, path, json)?;
    }
    let mut texts = 0;
    for (path, json) in content.texts() {
        write_file(dir, &path, &json)?;
        texts += 1;
    }
    Ok((files.len(), texts))
}

/// The editor preview's bundle, from its own build in `preview_dir` (`xem-truoc.html`),
/// its module and wasm copied into the site `dir`, whose public URL is `base`.
fn preview_bundle(dir: &Path, preview_dir: &Path, base: &str) -> Result<shell::Bundle, String> {
    let built = preview_dir.join("index.html");
    let preview_html = fs::read_to_string(&built).map_err(|e| {
        format!(
            "không đọc được {} (bản build của trang xem trước, scripts/post-build.sh): {e}",
            built.display()
        )
    })?;
    let preview = shell::TrunkOutput::read(&built.display().to_string(), &preview_html)?.bundle;
    for file in preview.files(base) {
        let to = dir.join(file);
        if let Some(folder) = to.parent() {
            fs::create_dir_all(folder)
                .map_err(|e| format!("không tạo được {}: {e}", folder.display()))?;
        }
        fs::copy(preview_dir.join(file), &to)
            .map_err(|e| format!("không chép được {file} của trang xem trước: {e}"))?;
    }
    Ok(preview)
}

/// The index the build writes (`index`) of `catalog` (read from `catalog_text`, the
/// file as published) and its loaded issues, with the catalog's head.
pub fn site_index(
    catalog_text: &str,
    catalog: &crate::model::Catalog,
    issues: &[(&crate::model::IssueEntry, &crate::model::IssueFile)],
) -> crate::index::SiteIndex {
    let mut index = crate::index::SiteIndex::build(catalog, issues);
    index.front.head = crate::index::CatalogHead::of(catalog_text, catalog);
    index
}

/// Where compressed copies are kept between builds: `BAN_TIN_COMPRESS_CACHE`, else
/// `compressed/` in Cargo's target folder (the hook runs under `cargo run`).
fn compress_cache() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("BAN_TIN_COMPRESS_CACHE") {
        return dir.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("compressed")
}

/// With `BAN_TIN_TIMINGS` set, how long each phase of the page writer took, on stderr (for
/// `scripts/bench-build.sh`).
struct Phases(Option<std::time::Instant>);

impl Phases {
    fn new() -> Phases {
        Phases(std::env::var_os("BAN_TIN_TIMINGS").map(|_| std::time::Instant::now()))
    }

    fn lap(&mut self, what: &str) {
        if let Some(start) = self.0 {
            eprintln!("prerender: {what}: {:.2} s", start.elapsed().as_secs_f64());
            self.0 = Some(std::time::Instant::now());
        }
    }
}

/// `text` into `file` under the built site `dir`, with the folders it needs.
fn write_file(dir: &Path, file: &str, text: &str) -> Result<(), String> {
    let path = dir.join(file);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("không tạo được {}: {e}", parent.display()))?;
    }
    fs::write(&path, text).map_err(|e| format!("không ghi được {file}: {e}"))
}
