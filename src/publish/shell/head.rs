//! A page's head tags: title, description, canonical address, Open Graph and Twitter tags
//! for share previews on Zalo and Facebook (whose crawlers run no JavaScript), and an
//! article's `NewsArticle` data.

use crate::components::SITE_NAME;
use crate::model::routes::feed_path;
use crate::model::types::Image;
use crate::publish::feeds;
use crate::publish::pages::{ArticleFacts, PageMeta};

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
pub(super) fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

use crate::model::routes::absolute;

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
