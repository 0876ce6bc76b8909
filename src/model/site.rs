//! The site as files: every address a reader can open or share, with what its `<head>` must
//! say before any script runs (title, description, canonical address, Open Graph and Twitter
//! tags for share previews on Zalo and Facebook, whose crawlers do not run JavaScript).
//! The `prerender` binary writes one HTML file per address from the release build's
//! `index.html`; the app then draws the page in the browser as before.

use super::routes::{article_href, gallery_href, issue_href, work_href, PREVIEW_PATH};

use super::types::{Catalog, GalleryFile, Image, IssueFile};

/// The site's name, at the end of every page title and in the masthead until the catalog
/// gives its own.
pub const SITE_NAME: &str = "Bản tin điện tử Đảng bộ quận Lê Chân";

/// The id of the element that holds a page written by the build (`static_page`); its
/// `data-path` names the address it was written for, so the app knows whether it may take
/// it over (`handover`).
pub const STATIC_ROOT: &str = "bt-static";

/// The `data-path` of the page in `404.html`, which static hosts serve for any address
/// without a file: the app takes it over wherever it is served, once its own page (not
/// found, or an address the content gained after the build) is ready.
pub const ANY_PATH: &str = "*";

/// The page titles that are words rather than content, shared by the app's `DocumentTitle`
/// and the files the build writes, so both say the same.
pub mod titles {
    pub const HOME: &str = "Trang chủ";
    pub const GALLERY: &str = "Trưng bày";
    pub const PREVIEW: &str = "Xem trước nội dung";
    pub const NOT_FOUND: &str = "Không tìm thấy trang";
}

/// What one address's `<head>` says about it.
#[derive(Debug, Clone)]
pub struct PageMeta {
    /// The address, without a trailing slash: `/`, `/so/so-11-2024`.
    pub path: String,
    /// The page's own part of the title (the app's `DocumentTitle` text).
    pub title: String,
    pub description: String,
    pub image: Option<Image>,
    /// An article (Open Graph type `article`, with its publication time) or a plain page.
    pub published: Option<String>,
    /// Pages search engines should leave out (the editor preview, "not found").
    pub noindex: bool,
}

impl PageMeta {
    fn new(path: String, title: &str, description: &str, image: Option<&Image>) -> PageMeta {
        PageMeta {
            path,
            title: title.to_owned(),
            description: description.to_owned(),
            image: image.cloned(),
            published: None,
            noindex: false,
        }
    }

    /// The file that serves this address in the built site: `so/x/index.html`, so any static
    /// server finds it by its directory index.
    pub fn file(&self) -> String {
        match self.path.trim_matches('/') {
            "" => "index.html".to_owned(),
            path => format!("{path}/index.html"),
        }
    }

    /// "<page> – <site>", as the app sets it.
    pub fn full_title(&self) -> String {
        format!("{} – {SITE_NAME}", self.title)
    }
}

/// Every address of the bulletin, from its content: home, each issue and article, the
/// gallery and each work, the editor preview. `issue` and `gallery` find the files that
/// could be read, by id; the pages of the others are left to the app (and to `404.html`).
pub fn pages<'a>(
    catalog: &Catalog,
    issue: impl Fn(&str) -> Option<&'a IssueFile>,
    gallery: impl Fn(&str) -> Option<&'a GalleryFile>,
) -> Vec<PageMeta> {
    let about = catalog
        .publication
        .description
        .as_ref()
        .map(|d| d.to_string())
        .unwrap_or_else(|| {
            format!(
                "{}: các số bản tin, bài viết theo chuyên mục.",
                catalog.publication.name
            )
        });
    let featured = catalog
        .featured_special()
        .or(catalog.issues_newest_first().first().copied());
    let mut pages = vec![PageMeta::new(
        "/".to_owned(),
        titles::HOME,
        &about,
        featured.map(|i| &i.cover),
    )];
    for entry in &catalog.issues {
        let file = issue(&entry.id);
        pages.push(PageMeta::new(
            issue_href(&entry.id),
            &entry.title,
            &entry.summary,
            Some(&entry.cover),
        ));
        for article in file.map(|f| f.articles.as_slice()).unwrap_or_default() {
            let mut page = PageMeta::new(
                article_href(&entry.id, &article.id),
                &article.title,
                &article.summary,
                Some(article.image.as_ref().unwrap_or(&entry.cover)),
            );
            page.published = Some(article.published.iso());
            pages.push(page);
        }
    }
    let galleries: Vec<&GalleryFile> = catalog
        .gallery
        .iter()
        .filter_map(|entry| gallery(&entry.id))
        .collect();
    let works: Vec<_> = galleries.iter().flat_map(|g| &g.works).collect();
    if !catalog.gallery.is_empty() {
        let description = galleries
            .first()
            .map(|g| g.description.to_string())
            .unwrap_or_else(|| about.clone());
        pages.push(PageMeta::new(
            gallery_href(None),
            titles::GALLERY,
            &description,
            works.first().map(|w| &w.image),
        ));
    }
    for work in works {
        pages.push(PageMeta::new(
            work_href(&work.id, None),
            &work.title,
            &work.caption,
            Some(&work.image),
        ));
    }
    let mut preview = PageMeta::new(
        PREVIEW_PATH.to_owned(),
        titles::PREVIEW,
        "Biên tập viên mở tệp nội dung trên máy mình để xem trước, trước khi xuất bản.",
        None,
    );
    preview.noindex = true;
    pages.push(preview);
    pages
}

/// The page `404.html` serves: static hosts send it, with status 404, for any address that
/// has no file; the app then shows its own "not found" page (or the page, for an address
/// the content gained after the build).
pub fn not_found() -> PageMeta {
    PageMeta {
        path: "/404".to_owned(),
        title: titles::NOT_FOUND.to_owned(),
        description: "Không có trang ở địa chỉ này.".to_owned(),
        image: None,
        published: None,
        noindex: true,
    }
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no place in a head tag.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// At most `max` characters, cut at a word, with "…" when cut: share previews show ~160.
fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// `site_url` (e.g. `https://bantin.example.vn/ban-tin`) joined with a site path.
pub fn absolute(site_url: &str, path: &str) -> String {
    let base = site_url.trim_end_matches('/');
    match path.trim_start_matches('/') {
        "" => format!("{base}/"),
        rest => format!("{base}/{rest}"),
    }
}

/// The picture a link preview shows: what `og:image` names.
#[derive(Debug, Clone, PartialEq)]
pub struct SharePicture {
    pub src: String,
    pub width: u32,
    pub height: u32,
}

/// The picture to put in a share preview for `image`. Zalo and Facebook show no SVG, so for
/// an SVG picture a JPEG or PNG of the same name beside it (`bia/so-11.jpg` for
/// `bia/so-11.svg`, see `scripts/make-share-images.mjs`) is used when `raster_size` finds
/// one; `None` when there is none (the page then has no `og:image`, and the build names it).
pub fn share_picture(
    image: &Image,
    raster_size: impl Fn(&str) -> Option<(u32, u32)>,
) -> Option<SharePicture> {
    let src = image.src.as_str();
    let Some(stem) = src.strip_suffix(".svg") else {
        return Some(SharePicture {
            src: src.to_owned(),
            width: image.width,
            height: image.height,
        });
    };
    ["jpg", "jpeg", "png"].iter().find_map(|extension| {
        let candidate = format!("{stem}.{extension}");
        raster_size(&candidate).map(|(width, height)| SharePicture {
            src: candidate,
            width,
            height,
        })
    })
}

/// The tags for `page`: title, description, canonical address, Open Graph, Twitter.
/// `picture` is the page's share picture (`share_picture`).
pub fn head_tags(page: &PageMeta, picture: Option<&SharePicture>, site_url: &str) -> String {
    // One `<meta>`, its value escaped: every value here may come from content.
    let meta = |attribute: &str, key: &str, value: &str| {
        format!(
            r#"<meta {attribute}="{key}" content="{}" />"#,
            escape(value)
        )
    };
    let description = shorten(&page.description, 160);
    let url = absolute(site_url, &page.path);
    let kind = if page.published.is_some() {
        "article"
    } else {
        "website"
    };
    let mut tags = vec![
        format!("<title>{}</title>", escape(&page.full_title())),
        meta("name", "description", &description),
        meta("property", "og:site_name", SITE_NAME),
        meta("property", "og:locale", "vi_VN"),
        meta("property", "og:title", &page.title),
        meta("property", "og:description", &description),
        meta("property", "og:type", kind),
        meta("name", "twitter:title", &page.title),
        meta("name", "twitter:description", &description),
    ];
    if page.noindex {
        tags.push(meta("name", "robots", "noindex"));
    } else {
        tags.push(format!(
            r#"<link rel="canonical" href="{}" />"#,
            escape(&url)
        ));
        tags.push(meta("property", "og:url", &url));
    }
    if let Some(published) = &page.published {
        tags.push(meta("property", "article:published_time", published));
    }
    match (&page.image, picture) {
        (Some(image), Some(picture)) => {
            let src = absolute(site_url, &picture.src);
            tags.extend([
                meta("property", "og:image", &src),
                meta("property", "og:image:width", &picture.width.to_string()),
                meta("property", "og:image:height", &picture.height.to_string()),
                meta("property", "og:image:alt", &image.alt),
                meta("name", "twitter:card", "summary_large_image"),
                meta("name", "twitter:image", &src),
            ]);
        }
        _ => tags.push(meta("name", "twitter:card", "summary")),
    }
    tags.join("\n    ")
}

/// `template` (the built `index.html`) with its `<title>` and description replaced by
/// `page`'s tags. `None` when the template lacks either (it is ours, so that is a bug).
pub fn page_html(
    template: &str,
    page: &PageMeta,
    picture: Option<&SharePicture>,
    site_url: &str,
) -> Option<String> {
    let title_start = template.find("<title>")?;
    let title_end = template[title_start..].find("</title>")? + title_start + "</title>".len();
    let name = template.find(r#"name="description""#)?;
    let meta_start = template[..name].rfind("<meta")?;
    let meta_end = template[name..].find('>')? + name + 1;
    if meta_start < title_end {
        return None;
    }
    Some(format!(
        "{}{}{}{}",
        &template[..title_start],
        head_tags(page, picture, site_url),
        &template[title_end..meta_start],
        &template[meta_end..]
    ))
}

/// The contents of every inline `<script>` (one without `src`) in `html`: the loader Trunk
/// writes, which the Content-Security-Policy must name by hash.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    found
}

/// The Content-Security-Policy and referrer policy as `<meta>` tags. Scripts: this site's
/// files, WebAssembly compilation, and the inline loader by hash, nothing else; no inline
/// script from anywhere can run. Pictures may be `blob:` (the editor preview's files).
/// Styles allow inline `style` attributes (the reserved box of a picture that failed).
pub fn security_tags(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; \
         script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'\" />\n    <meta name=\"referrer\" content=\"strict-origin-when-cross-origin\" />"
    )
}

/// `html` with `tags` right after `<meta charset…>`: a policy in a `<meta>` governs only
/// what comes after it, so it must precede every script and link.
pub fn with_security(html: &str, tags: &str) -> Option<String> {
    let charset = html.find("<meta charset")?;
    let end = html[charset..].find('>')? + charset + 1;
    Some(format!("{}\n    {tags}{}", &html[..end], &html[end..]))
}

/// The service worker's source (`src/sw/sw.js`) with this build's version and shell files.
pub fn service_worker(source: &str, version: &str, shell: &[String]) -> String {
    let list = serde_json::to_string(shell).unwrap_or_else(|_| "[]".to_owned());
    source
        .replace("'__VERSION__'", &format!("'{version}'"))
        .replace("__SHELL__", &list)
}

/// Which files of the built site's top folder belong to the app shell the service worker
/// keeps for offline use: the code, styles and manifest, and the home page (`./`);
/// not the other pages (any address is drawn by the shell) nor the worker itself.
pub fn shell_files<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut shell: Vec<String> = names
        .into_iter()
        .filter(|name| {
            !name.ends_with(".html")
                && !name.ends_with(".br")
                && !name.ends_with(".gz")
                && !name.starts_with('.')
                && *name != "sw.js"
        })
        .map(str::to_owned)
        .collect();
    shell.sort();
    shell.insert(0, "./".to_owned());
    shell
}

/// The `href` of the page's `<base>` (`/ban-tin/`: Trunk writes the build's public URL there).
pub fn base_href(html: &str) -> Option<String> {
    let start = html.find("<base ")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let href = tag.split("href=\"").nth(1)?.split('"').next()?;
    Some(href.to_owned())
}

/// `html` with a page's static content (`static_page`) as the body's first child, in place
/// of the "needs JavaScript" notice, which the content makes untrue.
pub fn with_body(html: &str, content: &str) -> Option<String> {
    let body = html.find("<body")?;
    let open_end = html[body..].find('>')? + body + 1;
    let rest = &html[open_end..];
    let rest = match (rest.find("<noscript>"), rest.find("</noscript>")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{}", &rest[..start], &rest[end + "</noscript>".len()..])
        }
        _ => rest.to_owned(),
    };
    Some(format!("{}{content}{rest}", &html[..open_end]))
}

/// Whether a built file is text worth a precompressed copy (`.br`, `.gz`): pages, code,
/// styles, content, drawings. Pictures in PNG or JPEG are compressed already.
pub fn compressible(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    matches!(
        extension,
        "html" | "js" | "wasm" | "css" | "json" | "svg" | "webmanifest" | "txt" | "xml"
    )
}

/// `html` without the `<link rel="preload" … _bg.wasm>` Trunk puts in `<head>`. With the page
/// written into its file the wasm is not needed for the first paint, and preloading it made
/// 300 KB compete with the page's styles and pictures: Lighthouse's mobile LCP went from
/// 2.9–3.0 s to 1.1–1.2 s without it (BENCHMARKS.md). The loader still fetches it at once.
pub fn without_wasm_preload(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let Some(end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        out.push_str(&rest[..start]);
        if !rest[start..end].contains("_bg.wasm") {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `html` with an external script before `</head>`.
pub fn with_script(html: &str, src: &str) -> Option<String> {
    let end = html.rfind("</head>")?;
    Some(format!(
        "{}<script src=\"{}\" defer></script>\n  {}",
        &html[..end],
        escape(src),
        &html[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<html><head>\n<meta charset=\"utf-8\" />\n<title>Tên</title>\n<meta\n  name=\"description\"\n  content=\"Cũ\"\n/>\n<script type=\"module\">init()</script></head><body></body></html>";

    fn page(title: &str, description: &str) -> PageMeta {
        PageMeta::new("/so/so-11-2024".to_owned(), title, description, None)
    }

    #[test]
    fn files_are_directory_indexes() {
        assert_eq!(page("a", "b").file(), "so/so-11-2024/index.html");
        assert_eq!(
            PageMeta::new("/".to_owned(), "a", "b", None).file(),
            "index.html"
        );
    }

    #[test]
    fn absolute_addresses_join_the_site_url_once() {
        assert_eq!(
            absolute("https://a.vn/ban-tin/", "/so/x"),
            "https://a.vn/ban-tin/so/x"
        );
        assert_eq!(
            absolute("https://a.vn", "images/a.svg"),
            "https://a.vn/images/a.svg"
        );
        assert_eq!(absolute("https://a.vn/", "/"), "https://a.vn/");
    }

    #[test]
    fn the_head_replaces_title_and_description_and_keeps_the_rest() {
        let html = page_html(TEMPLATE, &page("Hội nghị", "Tóm tắt"), None, "https://a.vn").unwrap();
        assert!(html.contains("<title>Hội nghị – Bản tin điện tử Đảng bộ quận Lê Chân</title>"));
        assert!(html.contains(r#"<meta name="description" content="Tóm tắt" />"#));
        assert!(html.contains(r#"<link rel="canonical" href="https://a.vn/so/so-11-2024" />"#));
        assert!(html.contains(r#"<meta property="og:title" content="Hội nghị" />"#));
        assert!(!html.contains("Cũ") && !html.contains("<title>Tên"));
        assert!(html.contains("<script type=\"module\">init()</script></head><body></body>"));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn content_cannot_break_out_of_a_tag() {
        let hostile = "\"><script>alert(1)</script>\u{7}'";
        let html = page_html(TEMPLATE, &page(hostile, hostile), None, "https://a.vn").unwrap();
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39;"));
    }

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        let long = "Một hai ba bốn năm. ".repeat(20);
        let short = shorten(&long, 40);
        assert!(short.chars().count() <= 41, "{short}");
        assert!(short.ends_with('…'));
        assert!(!short.contains("  "));
        assert_eq!(shorten("Ngắn gọn.", 40), "Ngắn gọn.");
    }

    #[test]
    fn hidden_pages_have_no_canonical_address() {
        let tags = head_tags(&not_found(), None, "https://a.vn");
        assert!(tags.contains(r#"<meta name="robots" content="noindex" />"#));
        assert!(!tags.contains("canonical"));
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = "<script src=\"/a.js\"></script><script type=\"module\">import x;</script><p>";
        assert_eq!(inline_scripts(html), ["import x;"]);
        assert_eq!(inline_scripts(TEMPLATE), ["init()"]);
    }

    #[test]
    fn the_policy_comes_before_any_script() {
        let tags = security_tags(&["abc=".to_owned()]);
        assert!(tags.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; "));
        assert!(!tags.contains("script-src 'self' 'unsafe-inline'"));
        let html = with_security(TEMPLATE, &tags).unwrap();
        let policy = html.find("Content-Security-Policy").unwrap();
        assert!(policy < html.find("<script").unwrap());
        assert!(html.find("<meta charset").unwrap() < policy);
    }

    #[test]
    fn share_previews_get_a_raster_picture() {
        let image = |src: &str| Image {
            src: serde_json::from_value(serde_json::json!(src)).unwrap(),
            width: 600,
            height: 800,
            alt: serde_json::from_value(serde_json::json!("Bìa")).unwrap(),
            caption: None,
            credit: None,
            srcset: Vec::new(),
        };
        let jpeg_beside = |path: &str| (path == "images/bia/a.jpg").then_some((1200, 1600));
        assert_eq!(
            share_picture(&image("images/bia/a.svg"), jpeg_beside),
            Some(SharePicture {
                src: "images/bia/a.jpg".to_owned(),
                width: 1200,
                height: 1600
            })
        );
        assert_eq!(share_picture(&image("images/bia/b.svg"), jpeg_beside), None);
        let png = share_picture(&image("images/bia/c.png"), |_| None).unwrap();
        assert_eq!((png.src.as_str(), png.width), ("images/bia/c.png", 600));
        let mut page = page("Bài", "Tóm tắt");
        page.image = Some(image("images/bia/a.svg"));
        let picture = share_picture(page.image.as_ref().unwrap(), jpeg_beside);
        let tags = head_tags(&page, picture.as_ref(), "https://a.vn");
        assert!(tags
            .contains(r#"<meta property="og:image" content="https://a.vn/images/bia/a.jpg" />"#));
        assert!(tags.contains(r#"<meta property="og:image:width" content="1200" />"#));
        assert!(head_tags(&page, None, "https://a.vn").contains(r#"content="summary" />"#));
    }

    #[test]
    fn the_wasm_is_not_preloaded() {
        let html = "<head>\n<link rel=\"modulepreload\" href=\"/a.js\">\n<link rel=\"preload\" href=\"/a_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n<link rel=\"preload\" href=\"/f.woff2\" as=\"font\">\n</head>";
        assert_eq!(
            without_wasm_preload(html),
            "<head>\n<link rel=\"modulepreload\" href=\"/a.js\">\n\n<link rel=\"preload\" href=\"/f.woff2\" as=\"font\">\n</head>"
        );
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

    #[test]
    fn the_base_is_read_from_the_template() {
        assert_eq!(
            base_href("<head><base href=\"/ban-tin/\" />").as_deref(),
            Some("/ban-tin/")
        );
        assert_eq!(base_href("<head><title>"), None);
    }

    #[test]
    fn static_content_replaces_the_script_notice() {
        let html =
            "<head></head><body class=\"x\">\n<noscript><p>Cần JavaScript</p></noscript>\n</body>";
        let page = with_body(html, "<div id=\"bt-static\">Bài</div>").unwrap();
        assert_eq!(
            page,
            "<head></head><body class=\"x\"><div id=\"bt-static\">Bài</div>\n\n</body>"
        );
        assert_eq!(with_body("<p>", "x"), None);
    }

    #[test]
    fn the_worker_gets_this_builds_files() {
        let shell = shell_files([
            "index.html",
            "404.html",
            "app-0123456789abcdef_bg.wasm",
            "app-0123456789abcdef.js",
            "sw.js",
            "manifest.webmanifest",
            "icons/icon-192.png",
        ]);
        assert_eq!(
            shell,
            [
                "./",
                "app-0123456789abcdef.js",
                "app-0123456789abcdef_bg.wasm",
                "icons/icon-192.png",
                "manifest.webmanifest"
            ]
        );
        let source = "const VERSION = '__VERSION__';\nconst SHELL = __SHELL__;";
        assert_eq!(
            service_worker(source, "abc", &shell[..2]),
            "const VERSION = 'abc';\nconst SHELL = [\"./\",\"app-0123456789abcdef.js\"];"
        );
        let html = with_script(TEMPLATE, "sw-register.js").unwrap();
        assert!(html.contains("<script src=\"sw-register.js\" defer></script>\n  </head>"));
    }
}
