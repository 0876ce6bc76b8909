//! Every internal address the reader has, built in one place so a route, its links and the
//! per-address files the build writes cannot drift apart. The route table is `app.rs`.

/// The editor preview (the route table's `path!` needs the same literal).
pub const PREVIEW_PATH: &str = "/xem-truoc";

/// `/so/<issue-id>`: an issue's page.
pub fn issue_href(issue_id: &str) -> String {
    format!("/so/{issue_id}")
}

/// `/so/<issue-id>/<article-id>`: an article's page.
pub fn article_href(issue_id: &str, article_id: &str) -> String {
    format!("/so/{issue_id}/{article_id}")
}

/// `/trung-bay[?bo-suu-tap=<collection-id>]`: the gallery, optionally one collection.
pub fn gallery_href(collection: Option<&str>) -> String {
    match collection {
        Some(id) => format!("/trung-bay?bo-suu-tap={id}"),
        None => "/trung-bay".to_owned(),
    }
}

/// `/trung-bay/<work-id>[?bo-suu-tap=<collection-id>]`: the gallery with one work open.
pub fn work_href(work_id: &str, collection: Option<&str>) -> String {
    match collection {
        Some(id) => format!("/trung-bay/{work_id}?bo-suu-tap={id}"),
        None => format!("/trung-bay/{work_id}"),
    }
}

/// Paths that show the same page: opening, moving through and closing the lightbox stay on
/// the gallery page, so focus is managed by the lightbox rather than reset to `<main>`.
pub fn same_page_key(path: &str) -> &str {
    if path == "/trung-bay" || path.starts_with("/trung-bay/") {
        "/trung-bay"
    } else {
        path
    }
}

/// `/?chuyen-muc=<category-id>`: the home feed filtered to one category.
pub fn category_href(category_id: &str) -> String {
    feed_href(None, Some(category_id))
}

/// `/?q=<text>&chuyen-muc=<category-id>`: the home feed with a search and a category, each
/// optional. The text is percent-encoded.
pub fn feed_href(query: Option<&str>, category: Option<&str>) -> String {
    let mut parts = Vec::new();
    if let Some(q) = query.map(str::trim).filter(|q| !q.is_empty()) {
        let encoded = percent_encoding::utf8_percent_encode(q, percent_encoding::NON_ALPHANUMERIC);
        parts.push(format!("q={encoded}"));
    }
    if let Some(c) = category {
        parts.push(format!("chuyen-muc={c}"));
    }
    if parts.is_empty() {
        "/".to_owned()
    } else {
        format!("/?{}", parts.join("&"))
    }
}

/// `/so/<issue-id>?chuyen-muc=<category-id>`: an issue's contents filtered to one category.
pub fn issue_category_href(issue_id: &str, category: Option<&str>) -> String {
    match category {
        Some(c) => format!("/so/{issue_id}?chuyen-muc={c}"),
        None => issue_href(issue_id),
    }
}
