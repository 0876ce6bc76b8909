//! The written page's HTML: its head tags (title, description, canonical address, Open
//! Graph and Twitter tags for share previews on Zalo and Facebook, whose crawlers run no
//! JavaScript), the Content-Security-Policy, and the edits that turn the built `index.html`
//! into each address's file.

use super::feeds;
use super::pages::{ArticleFacts, PageMeta};
use crate::components::text_size::{STEPS, TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_KEY};
use crate::components::{SITE_NAME, TODAY_CLASS};
use crate::handover::{ANSWERED_BY_PAGE, ANY_PATH, APP_FAILED, ASKED, KEY, SITE_URL, STATIC_ROOT};
use crate::model::date::WEEKDAYS;
use crate::model::routes::feed_path;
use crate::model::types::Image;

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
            // Control characters have no place in a head tag, nor (with U+FFFE and U+FFFF)
            // in XML.
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
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

pub use crate::model::routes::absolute;

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
    // Feed readers and browsers find the feeds here: the whole bulletin's on every page,
    // and an article's category's on the article.
    let mut feeds = vec![(feeds::title(None), feed_path(None))];
    if let Some(facts) = &page.article {
        if let Some(section) = &facts.section {
            feeds.push((
                feeds::title(Some(section)),
                feed_path(Some(&facts.category)),
            ));
        }
    }
    for (title, path) in feeds {
        tags.push(format!(
            r#"<link rel="alternate" type="application/atom+xml" title="{}" href="{}" />"#,
            escape(&title),
            escape(&absolute(site_url, &path))
        ));
    }
    if let Some(published) = &page.published {
        tags.push(meta("property", "article:published_time", published));
    }
    let picture_src = picture.map(|p| absolute(site_url, &p.src));
    if let Some(facts) = &page.article {
        if let Some(section) = &facts.section {
            tags.push(meta("property", "article:section", section));
        }
        tags.push(news_article(page, facts, picture_src.as_deref(), &url));
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

/// schema.org `NewsArticle` data for an article, as JSON-LD. A data block, which browsers
/// do not run, so the Content-Security-Policy has nothing to allow. Every `<` is written as
/// `\u003c`, so no text from content can close the element or open a comment.
fn news_article(page: &PageMeta, facts: &ArticleFacts, image: Option<&str>, url: &str) -> String {
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": shorten(&page.description, 160),
        "datePublished": facts.published,
        "author": { "@type": "Organization", "name": facts.author },
        "publisher": { "@type": "Organization", "name": facts.publisher },
        "mainEntityOfPage": url,
        "inLanguage": "vi",
    });
    if let Some(section) = &facts.section {
        data["articleSection"] = section.as_str().into();
    }
    if let Some(image) = image {
        data["image"] = serde_json::json!([image]);
    }
    let text = serde_json::to_string(&data).unwrap_or_default();
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        text.replace('<', "\\u003c")
    )
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

/// The written page's scripts, each a real `.js` file (`src/publish/js/`) holding one arrow
/// function of its `config`, which the page writer fills from the constants the app uses,
/// so neither side spells a key, a class or a word the other relies on. Each is inlined and
/// named by its hash in the Content-Security-Policy.
mod js {
    pub const TEXT_SIZE: &str = include_str!("js/text-size.js");
    pub const PAGE: &str = include_str!("js/page.js");
    pub const LOADER: &str = include_str!("js/loader.js");
}

/// `file` (a script of [`js`]) called with `config`: `(config) => {…}` becomes
/// `((config) => {…})({…});`. `config` is ours, but a `<` is written `\u003c` all the same,
/// so nothing in it can close the element.
fn call(file: &str, config: &serde_json::Value) -> String {
    let body: String = file
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let config = config.to_string().replace('<', "\\u003c");
    format!("({})({config});", body.trim())
}

/// `html` with the written page's own script before `</body>` ([`js::PAGE`]): the
/// masthead's date ([`TODAY_CLASS`]) by the reader's clock, in the words `Date::long_vi`
/// writes, the text size control at the size this device chose, as the app's `TextSize`
/// shows it, and the share sheet's button where the browser has one. A written page cannot
/// know these; the script runs as the page is parsed, before it is painted. It also answers
/// the controls that need no content (`handover::ANSWERED_BY_PAGE`) as their components do,
/// with the same words. `None` when `html` has no `</body>`.
pub fn with_page_script(html: &str) -> Option<String> {
    use crate::components::share_bar::{
        COPIED, COPY_KEY, NOT_COPIED, SHEET_FAILED, SHEET_KEY, STATUS_KEY, STATUS_SHOWN_CLASS,
    };
    use crate::components::text_size::{
        value_text, CHANGED_EVENT, LARGER_KEY, SMALLER_KEY, VALUE_KEY,
    };
    // JavaScript's getDay() counts from Sunday.
    let sunday_first: Vec<&str> = (0..7).map(|day| WEEKDAYS[(day + 6) % 7]).collect();
    let values: Vec<String> = (0..STEPS.len()).map(value_text).collect();
    let config = serde_json::json!({
        "weekdays": sunday_first,
        "todayClass": TODAY_CLASS,
        "key": KEY,
        "root": STATIC_ROOT,
        "textSize": {
            "attribute": TEXT_SIZE_ATTRIBUTE,
            "storage": TEXT_SIZE_KEY,
            "values": values,
            "smaller": SMALLER_KEY,
            "larger": LARGER_KEY,
            "value": VALUE_KEY,
            "changed": CHANGED_EVENT,
        },
        "share": {
            "copy": COPY_KEY,
            "sheet": SHEET_KEY,
            "status": STATUS_KEY,
            "shown": STATUS_SHOWN_CLASS,
            "copied": COPIED,
            "notCopied": NOT_COPIED,
            "sheetFailed": SHEET_FAILED,
        },
        "print": crate::pages::PRINT_KEY,
        "menu": {
            "key": crate::components::site_header::MENU_KEY,
            "attribute": crate::components::site_header::MENU_ATTRIBUTE,
            "changed": crate::components::site_header::MENU_CHANGED_EVENT,
        },
        "lightbox": {
            "class": crate::components::lightbox::CLASS,
            "keys": {
                "Escape": format!("[{KEY}=\"{}\"]", crate::components::lightbox::CLOSE_KEY),
                "ArrowLeft": "a[rel=prev]",
                "ArrowRight": "a[rel=next]",
            },
        },
    });
    let script = format!("<script>{}</script>", call(js::PAGE, &config));
    let end = html.rfind("</body>")?;
    Some(format!("{}{script}\n  {}", &html[..end], &html[end..]))
}

/// `html` with a script before `</head>` ([`js::TEXT_SIZE`]) that shows the text size this
/// device chose ([`TEXT_SIZE_KEY`] in `localStorage`, set by the article's "Cỡ chữ"
/// buttons) before the page is first painted, so the text does not grow under the reader's
/// eyes. `None` when `html` has no `</head>`.
pub fn with_text_size_script(html: &str) -> Option<String> {
    let config = serde_json::json!({
        "key": TEXT_SIZE_KEY,
        "attribute": TEXT_SIZE_ATTRIBUTE,
        "steps": STEPS.len(),
        "scripted": crate::components::site_header::SCRIPTED_ATTRIBUTE,
    });
    let script = format!("<script>{}</script>", call(js::TEXT_SIZE, &config));
    let end = html.find("</head>")?;
    Some(format!("{}  {script}\n  {}", &html[..end], &html[end..]))
}

/// `html` with the site's public address on `<html>` ([`SITE_URL`]), where the app reads
/// it (`app::site_url`) to write the same shared addresses as the page. `None` when `html`
/// has no `<html` tag.
pub fn with_site_url(html: &str, site_url: &str) -> Option<String> {
    let at = html.find("<html")? + "<html".len();
    Some(format!(
        "{} {SITE_URL}=\"{}\"{}",
        &html[..at],
        escape(site_url.trim_end_matches('/')),
        &html[at..]
    ))
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

/// `html` with Trunk's `<link rel="modulepreload">` moved before the inline loader that
/// imports the same file. After it, Firefox reported an error on the preload in 7 of 48
/// fresh loads; before it, in 0 of 30 (`../shared/notes/toolchain.md`).
pub fn preload_before_loader(html: &str) -> String {
    let (Some(loader), Some(link)) = (
        html.find("<script type=\"module\">"),
        html.find("<link rel=\"modulepreload\""),
    ) else {
        return html.to_owned();
    };
    let Some(link_end) = html[link..].find('>').map(|i| link + i + 1) else {
        return html.to_owned();
    };
    if link < loader {
        return html.to_owned();
    }
    format!(
        "{}{}\n{}{}",
        &html[..loader],
        &html[link..link_end],
        &html[loader..link],
        &html[link_end..]
    )
}

/// One wasm bundle as Trunk built it: its JS module, its wasm, and the
/// `<link rel="modulepreload">` Trunk wrote for the module (with its integrity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub js: String,
    pub wasm: String,
    pub preload: String,
}

impl Bundle {
    /// The bundle Trunk's inline loader in `html` starts (`import init … from '<js>'`,
    /// `module_or_path: '<wasm>'`), with its module preload.
    pub fn of(html: &str) -> Option<Bundle> {
        let loader = inline_scripts(html)
            .into_iter()
            .find(|s| s.contains("module_or_path"))?;
        let quoted = |after: &str| -> Option<String> {
            let start = loader.find(after)? + after.len();
            let end = loader[start..].find('\'')? + start;
            Some(loader[start..end].to_owned())
        };
        let link = html.find("<link rel=\"modulepreload\"")?;
        let link_end = html[link..].find('>')? + link + 1;
        Some(Bundle {
            js: quoted("from '")?,
            wasm: quoted("module_or_path: '")?,
            preload: html[link..link_end].to_owned(),
        })
    }

    /// Its module's and wasm's paths in the built site, whose public URL is `base`
    /// (`/ban-tin/`): `xem-truoc/ban-tin-le-chan-….js`.
    pub fn files<'a>(&'a self, base: &str) -> [&'a str; 2] {
        [&self.js, &self.wasm].map(|path| path.strip_prefix(base).unwrap_or(path))
    }
}

/// What the loader starts the app for: a control only the app answers (every
/// `<button type="button">`, `handover`'s contract, but those the page's own script answers,
/// `handover::ANSWERED_BY_PAGE`), or the search box taking focus.
fn controls() -> String {
    let answered: Vec<String> = ANSWERED_BY_PAGE
        .iter()
        .map(|key| format!("[{KEY}=\"{key}\"]"))
        .collect();
    format!(
        "button[type=button]:not({}), input[type=search]",
        answered.join(", ")
    )
}

/// How long after a tap the loader waits for the app before telling the reader (ms). The
/// first tap is answered in about 3 s on slow 4G (BENCHMARKS.md, "The app on demand").
const PATIENCE_MS: u32 = 10_000;

/// The class of the loader's notice (`style/components.css`).
const NOTICE_CLASS: &str = "bt-app-notice";

/// What the reader is told when the app's code could not be loaded (blocked, offline).
const NOTICE_BLOCKED: &str = "Chưa làm được việc bạn vừa chọn: trang không tải được phần \
    điều khiển (mạng đang gián đoạn hoặc bị chặn). Bạn vẫn đọc được trang này và mở các liên \
    kết như thường.";

/// What the reader is told when the app's code is still on its way after [`PATIENCE_MS`].
const NOTICE_SLOW: &str = "Mạng đang chậm nên việc bạn vừa chọn chưa làm được ngay. Bạn vẫn \
    đọc được trang này và mở các liên kết như thường; bấm Thử lại để chờ thêm.";

/// What the reader is told when the app came but could not load this page's content.
const NOTICE_FAILED: &str = "Chưa làm được việc bạn vừa chọn: không tải được nội dung cần \
    cho việc đó (mạng đang gián đoạn). Bạn vẫn đọc được trang này và mở các liên kết như \
    thường.";

/// The readers' bundle and the editor preview's (`xem-truoc.html`, `--features preview`):
/// readers never download the preview's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundles {
    pub reader: Bundle,
    pub preview: Bundle,
}

impl Bundles {
    /// The inline loader of a page ([`js::LOADER`], which says when it starts the app):
    /// `/xem-truoc` always starts the preview's bundle; every other page starts the
    /// readers' one when the reader asks for it, or the preview's at once while this browser
    /// keeps files an editor opened (`handover::PREVIEW_KEY`), so the editor sees them
    /// on any page they open or reload. It announces the start as Trunk's own loader does.
    pub fn loader(&self, preview_page: bool) -> String {
        let bundle = |b: &Bundle| serde_json::json!({ "js": b.js, "wasm": b.wasm });
        let config = serde_json::json!({
            "previewPage": preview_page,
            "previewKey": crate::handover::PREVIEW_KEY,
            "reader": bundle(&self.reader),
            "preview": bundle(&self.preview),
            "root": STATIC_ROOT,
            "anyPath": ANY_PATH,
            "asked": ASKED,
            "controls": controls(),
            "probe": crate::model::check::CATALOG_FILE,
            "failed": APP_FAILED,
            "patience": PATIENCE_MS,
            "notice": {
                "class": NOTICE_CLASS,
                "blocked": NOTICE_BLOCKED,
                "slow": NOTICE_SLOW,
                "failed": NOTICE_FAILED,
                "retry": "Thử lại",
                "close": "Đóng",
            },
        });
        format!("\nawait {}\n", call(js::LOADER, &config))
    }

    /// `template` (Trunk's `index.html`, the module preload before the loader) with the
    /// loader of a page ([`Bundles::loader`]). The preview's page, which starts its bundle at
    /// once, keeps a module preload of it; readers' pages have none: their app's module is
    /// fetched only when a reader asks for the app (9 KB a reader who only reads does not
    /// download; BENCHMARKS.md).
    pub fn page_template(&self, template: &str, preview_page: bool) -> Option<String> {
        let reader = &self.reader.preload;
        let preload = if preview_page {
            format!("{}\n", self.preview.preload)
        } else {
            String::new()
        };
        let at = template.find(reader.as_str())?;
        let script = template[at..].find("<script type=\"module\">")? + at;
        let script_end = template[script..].find("</script>")? + script + "</script>".len();
        Some(format!(
            "{}{preload}<script type=\"module\">{}</script>{}",
            &template[..at],
            self.loader(preview_page),
            &template[script_end..]
        ))
    }
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
        PageMeta {
            route: None,
            path: "/so/so-11-2024".to_owned(),
            title: title.to_owned(),
            description: description.to_owned(),
            image: None,
            published: None,
            noindex: false,
            modified: None,
            article: None,
        }
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

    /// The `config` a script was called with: the JSON after its function.
    fn config_of(script: &str) -> serde_json::Value {
        let start = script.rfind(")({").unwrap() + 2;
        serde_json::from_str(script[start..].trim_end_matches(';').trim_end_matches(')')).unwrap()
    }

    #[test]
    fn the_page_script_goes_before_the_body_ends_with_the_words_and_keys_the_app_uses() {
        let page = with_page_script("<body><main></main></body></html>").unwrap();
        let scripts = inline_scripts(&page);
        assert_eq!(scripts.len(), 1);
        assert!(page.find("<main>") < page.find("<script>"));
        assert!(page.ends_with("</body></html>"));
        // The file's own function, its comments left out.
        assert!(scripts[0].starts_with("((config) => {"), "{}", scripts[0]);
        assert!(!scripts[0].contains("\n//") && !scripts[0].contains("  // "));
        let config = config_of(scripts[0]);
        // JavaScript's getDay() is 0 on Sunday: the names start there.
        assert_eq!(config["weekdays"][0], "Chủ nhật");
        assert_eq!(config["weekdays"][1], "Thứ Hai");
        assert_eq!(config["todayClass"], "bt-today");
        assert_eq!(config["key"], "data-key");
        assert_eq!(config["textSize"]["values"][2], "Cỡ chữ 150%");
        assert_eq!(config["textSize"]["smaller"], "text-smaller");
        assert_eq!(config["textSize"]["storage"], TEXT_SIZE_KEY);
        // It answers what `handover::ANSWERED_BY_PAGE` names, with the components' words.
        let answered = [
            &config["menu"]["key"],
            &config["textSize"]["smaller"],
            &config["textSize"]["larger"],
            &config["share"]["copy"],
            &config["share"]["sheet"],
            &config["print"],
        ];
        assert_eq!(answered.map(|key| key.as_str().unwrap()), ANSWERED_BY_PAGE);
        assert_eq!(config["share"]["copied"], "Đã sao chép liên kết.");
        assert_eq!(config["root"], STATIC_ROOT);
        assert_eq!(with_page_script("<p>"), None);
    }

    #[test]
    fn the_text_size_script_reads_this_devices_choice_in_the_head() {
        let page = with_text_size_script("<head><title>x</title></head><body></body>").unwrap();
        let scripts = inline_scripts(&page);
        assert_eq!(scripts.len(), 1);
        assert!(page.find("<script>") < page.find("</head>"));
        assert!(scripts[0].contains("localStorage.getItem(config.key)"));
        let config = config_of(scripts[0]);
        assert_eq!(config["key"], "ban-tin-le-chan:co-chu");
        assert_eq!(config["attribute"], "data-co-chu");
        // And that scripts run: the phone's menu is a button, not open.
        assert_eq!(config["scripted"], "data-js");
        assert!(scripts[0].contains("setAttribute(config.scripted"));
        // Only the steps base.css has a rule for.
        assert_eq!(config["steps"], 5);
    }

    #[test]
    fn the_site_url_goes_on_the_html_element() {
        let html = with_site_url(
            "<!doctype html>\n<html lang=\"vi\">",
            "https://a.vn/ban-tin/",
        )
        .unwrap();
        assert_eq!(
            html,
            "<!doctype html>\n<html data-site-url=\"https://a.vn/ban-tin\" lang=\"vi\">"
        );
        assert_eq!(with_site_url("<p>", "x"), None);
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
    fn the_module_preload_comes_before_the_loader() {
        let built = "<head><script type=\"module\">import init from '/a.js';</script>\n  <link rel=\"modulepreload\" href=\"/a.js\" integrity=\"x\"><script src=\"b.js\"></script></head>";
        let fixed = preload_before_loader(built);
        assert_eq!(
            fixed,
            "<head><link rel=\"modulepreload\" href=\"/a.js\" integrity=\"x\">\n<script type=\"module\">import init from '/a.js';</script>\n  <script src=\"b.js\"></script></head>"
        );
        assert_eq!(preload_before_loader(&fixed), fixed);
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
    fn the_worker_registration_comes_last_in_the_head() {
        let html = with_script(TEMPLATE, "sw-register.js").unwrap();
        assert!(html.contains("<script src=\"sw-register.js\" defer></script>\n  </head>"));
    }

    #[test]
    fn articles_carry_their_section_and_news_article_data_that_content_cannot_break() {
        let mut article = page("</script><script>alert(1)</script><!--", "Tóm tắt");
        article.published = Some("2024-10-11T14:31".to_owned());
        article.article = Some(ArticleFacts {
            section: Some("Xây dựng Đảng".to_owned()),
            category: "xay-dung-dang".to_owned(),
            author: "Ban Biên tập".to_owned(),
            publisher: "Quận ủy Lê Chân".to_owned(),
            published: "2024-10-11T14:31:00+07:00".to_owned(),
        });
        let tags = head_tags(&article, None, "https://a.vn");
        assert!(tags.contains(r#"<meta property="og:type" content="article" />"#));
        assert!(tags.contains(r#"<meta property="article:section" content="Xây dựng Đảng" />"#));
        let start = tags.find(r#"<script type="application/ld+json">"#).unwrap();
        let body = &tags[start + r#"<script type="application/ld+json">"#.len()..];
        // The element ends where it should, and nowhere earlier.
        assert_eq!(tags.matches("</script>").count(), 1, "{tags}");
        assert!(!body.contains("<!--"));
        let json = &body[..body.find("</script>").unwrap()];
        let data: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(data["@type"], "NewsArticle");
        assert_eq!(data["headline"], "</script><script>alert(1)</script><!--");
        assert_eq!(data["datePublished"], "2024-10-11T14:31:00+07:00");
        assert_eq!(data["articleSection"], "Xây dựng Đảng");
        assert_eq!(data["mainEntityOfPage"], "https://a.vn/so/so-11-2024");
        // A plain page has neither.
        assert!(!head_tags(&page("Số 11", "Tóm tắt"), None, "https://a.vn").contains("ld+json"));
    }

    /// What Trunk writes (its loader, the module preload the page writer moved before it).
    fn built(name: &str) -> String {
        format!(
            "<head><meta charset=\"utf-8\" />\n<link rel=\"modulepreload\" href=\"/b/{name}-1.js\" \
             crossorigin=\"anonymous\" integrity=\"sha384-{name}\">\n<script type=\"module\">\n\
             import init, * as bindings from '/b/{name}-1.js';\nconst wasm = await init({{ \
             module_or_path: '/b/{name}-1_bg.wasm' }});\n</script>\n<script src=\"x.js\" defer></script></head>"
        )
    }

    fn bundles() -> Bundles {
        Bundles {
            reader: Bundle::of(&built("ban-tin-le-chan")).unwrap(),
            preview: Bundle::of(&built("xem-truoc/ban-tin-le-chan")).unwrap(),
        }
    }

    #[test]
    fn a_bundle_is_read_from_trunks_loader() {
        let reader = bundles().reader;
        assert_eq!(reader.js, "/b/ban-tin-le-chan-1.js");
        assert_eq!(reader.wasm, "/b/ban-tin-le-chan-1_bg.wasm");
        assert!(reader.preload.starts_with("<link rel=\"modulepreload\""));
        assert!(reader
            .preload
            .ends_with("integrity=\"sha384-ban-tin-le-chan\">"));
        assert_eq!(
            reader.files("/b/"),
            ["ban-tin-le-chan-1.js", "ban-tin-le-chan-1_bg.wasm"]
        );
        assert_eq!(
            bundles().preview.files("/b/"),
            [
                "xem-truoc/ban-tin-le-chan-1.js",
                "xem-truoc/ban-tin-le-chan-1_bg.wasm"
            ]
        );
        assert_eq!(
            Bundle::of("<head><script type=\"module\">x</script></head>"),
            None
        );
    }

    #[test]
    fn readers_pages_start_the_previews_bundle_only_while_an_editor_has_files_open() {
        let bundles = bundles();
        let page = bundles
            .page_template(&built("ban-tin-le-chan"), false)
            .unwrap();
        // No module preload: the module is fetched when the app is asked for.
        assert!(!page.contains("modulepreload"), "{page}");
        let scripts = inline_scripts(&page);
        assert_eq!(scripts.len(), 1, "Trunk's loader is replaced: {page}");
        assert!(scripts[0].starts_with("\nawait (async (config) => {"));
        assert!(scripts[0].contains("TrunkApplicationStarted"));
        assert!(scripts[0].contains("localStorage.getItem(config.previewKey) !== null"));
        let config = config_of(scripts[0].trim());
        assert_eq!(config["previewPage"], false);
        assert_eq!(config["previewKey"], "ban-tin-le-chan:xem-truoc");
        assert_eq!(config["reader"]["js"], "/b/ban-tin-le-chan-1.js");
        assert_eq!(config["reader"]["wasm"], "/b/ban-tin-le-chan-1_bg.wasm");
        assert_eq!(config["preview"]["js"], "/b/xem-truoc/ban-tin-le-chan-1.js");
        // The contract's names, from the constants the app uses.
        assert_eq!(config["root"], STATIC_ROOT);
        assert_eq!(config["anyPath"], ANY_PATH);
        assert_eq!(config["asked"], ASKED);
        assert_eq!(config["failed"], APP_FAILED);
        assert_eq!(
            config["controls"],
            "button[type=button]:not([data-key=\"menu\"], [data-key=\"text-smaller\"], \
             [data-key=\"text-larger\"], [data-key=\"share-copy\"], [data-key=\"share-sheet\"], [data-key=\"print\"]), \
             input[type=search]"
        );
        assert_eq!(config["probe"], "data/catalog.json");
        assert!(config["notice"]["blocked"]
            .as_str()
            .unwrap()
            .contains("Bạn vẫn đọc được trang này"));
        assert!(page.ends_with("<script src=\"x.js\" defer></script></head>"));

        let preview = bundles
            .page_template(&built("ban-tin-le-chan"), true)
            .unwrap();
        assert!(
            preview.contains("integrity=\"sha384-xem-truoc/ban-tin-le-chan\""),
            "{preview}"
        );
        let scripts = inline_scripts(&preview);
        assert_eq!(scripts.len(), 1);
        assert_eq!(config_of(scripts[0].trim())["previewPage"], true);
    }

    #[test]
    fn the_scripts_are_javascript_that_node_accepts() {
        // Each file is one arrow function: `node --check` parses it as a module.
        let Ok(status) = std::process::Command::new("node").arg("--version").output() else {
            return; // No Node on this machine: the end-to-end tests run them anyway.
        };
        assert!(status.status.success());
        for (name, file) in [
            ("text-size", js::TEXT_SIZE),
            ("page", js::PAGE),
            ("loader", js::LOADER),
        ] {
            let path =
                std::env::temp_dir().join(format!("ban-tin-{name}-{}.mjs", std::process::id()));
            std::fs::write(&path, format!("export default {file}")).unwrap();
            let out = std::process::Command::new("node")
                .arg("--check")
                .arg(&path)
                .output()
                .unwrap();
            let _ = std::fs::remove_file(&path);
            assert!(
                out.status.success(),
                "{name}.js: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    #[test]
    fn the_preview_is_built_as_the_readers_bundle_is() {
        // Both HTML files Trunk builds name the bundle and wasm-opt's settings: the same.
        let root = env!("CARGO_MANIFEST_DIR");
        let rust_link = |file: &str| {
            let html = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            let start = html.find("rel=\"rust\"").unwrap();
            let end = html[start..].find("/>").unwrap() + start;
            html[start..end].to_owned()
        };
        let attribute = |link: &str, name: &str| {
            let start = link
                .find(&format!("{name}=\""))
                .map(|i| i + name.len() + 2)?;
            Some(link[start..start + link[start..].find('"')?].to_owned())
        };
        let (reader, preview) = (rust_link("index.html"), rust_link("xem-truoc.html"));
        for name in ["data-bin", "data-wasm-opt", "data-wasm-opt-params"] {
            assert_eq!(
                attribute(&reader, name),
                attribute(&preview, name),
                "{name}"
            );
        }
        let folder = crate::model::routes::segment::PREVIEW;
        assert_eq!(
            attribute(&preview, "data-target-path").as_deref(),
            Some(folder)
        );
        assert_eq!(
            attribute(&preview, "data-cargo-features").as_deref(),
            Some("preview")
        );
        assert_eq!(attribute(&reader, "data-cargo-features"), None);
    }
}
