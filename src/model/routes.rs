//! Every internal address the reader has, built in one place so a route, its links and the
//! per-address files the build writes cannot drift apart. The route table is `app.rs`.

/// An address as a link relative to the page's `<base>` (`so/x`, `./?q=…`), for plain `<a>`
/// and `<form action>`: it works wherever the site is deployed, at `/` or under a sub-path.
/// (Leptos's `A` and `navigate` take the absolute form and add the router's base.)
pub fn relative(path: &str) -> String {
    match path.trim_start_matches('/') {
        "" => "./".to_owned(),
        rest if rest.starts_with('?') => format!("./{rest}"),
        rest => rest.to_owned(),
    }
}

/// The base a build is deployed under (`/ban-tin`), from the `<base href>` path Trunk writes
/// (`/ban-tin/`): no trailing slash, empty at the root.
pub fn base_from_href(href_path: &str) -> String {
    href_path.trim_end_matches('/').to_owned()
}

/// `pathname` without the deployment's `base`: the site path the routes know (`/so/x`).
pub fn site_path<'a>(pathname: &'a str, base: &str) -> &'a str {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    if rest.is_empty() {
        "/"
    } else if rest.starts_with('/') {
        rest
    } else {
        // `/ban-tinx` is not under `/ban-tin`.
        pathname
    }
}

/// Whether a masthead link to `link` marks the page at `here` as current: only itself when
/// `exact` (home), else itself and everything under it (an issue's articles, a gallery's
/// works).
pub fn is_current(here: &str, link: &str, exact: bool) -> bool {
    here == link || (!exact && here.starts_with(link) && here[link.len()..].starts_with('/'))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_against_the_base() {
        assert_eq!(relative("/"), "./");
        assert_eq!(
            relative(&feed_href(Some("di chúc"), None)),
            "./?q=di%20ch%C3%BAc"
        );
        assert_eq!(relative(&issue_href("so-11")), "so/so-11");
        assert_eq!(relative(&gallery_href(Some("a"))), "trung-bay?bo-suu-tap=a");
    }

    #[test]
    fn masthead_links_mark_their_pages() {
        assert!(is_current("/", "/", true));
        assert!(!is_current("/so/x", "/", true));
        assert!(is_current("/so/x/bai", "/so/x", false));
        assert!(!is_current("/so/xy", "/so/x", false));
        assert!(is_current("/trung-bay/tac-pham", "/trung-bay", false));
    }

    #[test]
    fn site_paths_drop_the_base() {
        assert_eq!(base_from_href("/ban-tin/"), "/ban-tin");
        assert_eq!(base_from_href("/"), "");
        assert_eq!(site_path("/ban-tin/so/x", "/ban-tin"), "/so/x");
        assert_eq!(site_path("/ban-tin/", "/ban-tin"), "/");
        assert_eq!(site_path("/ban-tin", "/ban-tin"), "/");
        assert_eq!(site_path("/ban-tinx/so", "/ban-tin"), "/ban-tinx/so");
        assert_eq!(site_path("/so/x", ""), "/so/x");
        assert_eq!(site_path("/", ""), "/");
    }
}
