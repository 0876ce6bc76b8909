//! The router: the whole route table in one place, the page frame around it, and the
//! functions that build every internal URL (so a route and its links cannot drift apart).

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::{FocusOnNavigate, PreviewBanner, SiteFooter, SiteHeader, SkipLink};
use crate::content;
use crate::pages::{
    ArticlePage, GalleryIndex, GalleryPage, GalleryWorkPage, HomePage, IssuePage, NotFoundPage,
    PreviewPage,
};

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

/// Static servers answer `/so/x` (a folder of the built site) by redirecting to `/so/x/`.
/// The routes and every link have no trailing slash, so the address loses it before the
/// router reads it (in place: no reload, no history entry).
pub fn drop_trailing_slash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(path) = location.pathname() else {
        return;
    };
    let trimmed = path.trim_end_matches('/');
    if trimmed.len() == path.len() || trimmed.is_empty() {
        return;
    }
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let url = format!("{trimmed}{search}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The application: header, the routed page, footer.
#[component]
pub fn App() -> impl IntoView {
    // The header and footer show the publication's name once the catalog is in; pages load
    // it through the same cached call, so it is fetched once.
    // The editor preview changes the content in place: load the catalog again when it does.
    let generation = content::preview::generation();
    let catalog = LocalResource::new({
        let generation = generation.clone();
        move || {
            generation.track();
            content::catalog()
        }
    });
    let previewing = Signal::derive(move || {
        generation.track();
        content::preview::is_active()
    });
    let loaded = move || catalog.get().and_then(Result::ok);
    let name = Signal::derive(move || loaded().map(|c| c.publication.name.to_string()));
    let publisher = Signal::derive(move || loaded().map(|c| c.publication.publisher.to_string()));
    let has_gallery = Signal::derive(move || loaded().is_some_and(|c| !c.gallery.is_empty()));
    let special_href = Signal::derive(move || {
        loaded().and_then(|c| c.featured_special().map(|i| issue_href(&i.id)))
    });

    view! {
        <Router>
            <SkipLink target="noi-dung" />
            <FocusOnNavigate target="noi-dung" page_key=same_page_key />
            <SiteHeader name special_href has_gallery />
            <PreviewBanner active=previewing />
            <main id="noi-dung" class="bt-main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/so/:issue") view=IssuePage />
                    <Route path=path!("/xem-truoc") view=PreviewPage />
                    <Route path=path!("/so/:issue/:article") view=ArticlePage />
                    <ParentRoute path=path!("/trung-bay") view=GalleryPage>
                        <Route path=path!("") view=GalleryIndex />
                        <Route path=path!(":work") view=GalleryWorkPage />
                    </ParentRoute>
                </Routes>
            </main>
            <SiteFooter publisher />
        </Router>
    }
}
