//! The router: the route table, built from the segments of `model::routes::Route`, and the
//! page frame around every page.

use leptos::children::ToChildren;
use leptos::prelude::*;
use leptos_router::components::{RouteChildren, Router, Routes, RoutesProps};
use leptos_router::hooks::use_location;
use leptos_router::{MatchNestedRoutes, MatchParams, NestedRoute, ParamSegment, StaticSegment};

#[cfg(feature = "preview")]
use crate::components::PreviewBanner;
use crate::components::{FocusOnNavigate, SiteFooter, SiteHeader, SkipLink};
use crate::content::Store;
use crate::model::routes::{base_from_href, param, segment, site_path, Route};
use crate::model::{Catalog, Publication};
use crate::pages::{
    ArchivePage, ArticlePage, CategoryPage, GalleryIndex, GalleryPage, GalleryWorkPage, HomePage,
    IssuePage, IssuePrintPage, NotFoundPage, PreviewPage, SearchPage,
};

thread_local! {
    /// The deployment's base, read once (it does not change while a page lives).
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The site's public address, read once.
    static SITE_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The site's public address (`https://lechan.haiphong.gov.vn/ban-tin`), which shared and
/// printed addresses start with: the build's `BAN_TIN_SITE_URL`, which the page writer gives
/// the written page (`handover::SITE_URL`) and `set_host_site_url` gives itself, so both
/// write the same address. A page the page writer did not write (`trunk serve`) uses the
/// document's own base.
pub fn site_url() -> String {
    SITE_URL.with_borrow_mut(|url| url.get_or_insert_with(document_site_url).clone())
}

fn document_site_url() -> String {
    let document = crate::dom::window().and_then(|w| w.document());
    let written = document
        .as_ref()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute(crate::handover::SITE_URL));
    written
        .or_else(|| document.and_then(|d| d.base_uri().ok().flatten()))
        .map(|url| url.trim_end_matches('/').to_owned())
        .unwrap_or_default()
}

/// Sets the public address for pages written on the host (`static_page`).
pub fn set_host_site_url(url: &str) {
    SITE_URL.with_borrow_mut(|u| *u = Some(url.trim_end_matches('/').to_owned()));
}

/// The path the site is deployed under (`/ban-tin`; empty at the root): from the
/// `<base href>` Trunk writes for the build's public URL, or as `set_host_base` gave it.
pub fn base_path() -> String {
    BASE.with_borrow_mut(|base| base.get_or_insert_with(document_base).clone())
}

fn document_base() -> String {
    crate::dom::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|href| web_sys::Url::new(&href).ok())
        .map(|url| base_from_href(&url.pathname()))
        .unwrap_or_default()
}

/// Sets the base for pages written on the host (`static_page`), which has no document.
pub fn set_host_base(base: &str) {
    BASE.with_borrow_mut(|b| *b = Some(base.to_owned()));
}

/// The address's path as the routes know it, without the deployment's base.
pub fn current_site_path(pathname: &str) -> String {
    site_path(pathname, &base_path()).to_owned()
}

/// Static servers answer `/so/x` (a folder of the built site) by redirecting to `/so/x/`.
/// The routes and every link have no trailing slash, so the address loses it before the
/// router reads it (in place: no reload, no history entry).
pub fn drop_trailing_slash() {
    let Some(window) = crate::dom::window() else {
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

/// The route table: one entry per kind of [`Route`], its segments and parameter names from
/// `model::routes`. A test walks every address the build writes through it.
pub fn route_table() -> impl MatchNestedRoutes + Clone + Send + 'static {
    let issue = (StaticSegment(segment::ISSUE), ParamSegment(param::ISSUE));
    // Erased as the router's own `Route` component erases them under `erase_components`.
    (
        NestedRoute::new(StaticSegment(""), HomePage).into_maybe_erased(),
        NestedRoute::new(issue, IssuePage).into_maybe_erased(),
        NestedRoute::new(
            (issue.0, issue.1, ParamSegment(param::ARTICLE)),
            ArticlePage,
        )
        .into_maybe_erased(),
        NestedRoute::new(StaticSegment(segment::GALLERY), GalleryPage)
            .child((
                NestedRoute::new(StaticSegment(""), GalleryIndex).into_maybe_erased(),
                NestedRoute::new(ParamSegment(param::WORK), GalleryWorkPage).into_maybe_erased(),
            ))
            .into_maybe_erased(),
        NestedRoute::new(StaticSegment(segment::PREVIEW), PreviewPage).into_maybe_erased(),
        NestedRoute::new(
            (
                StaticSegment(segment::CATEGORY),
                ParamSegment(param::CATEGORY),
            ),
            CategoryPage,
        )
        .into_maybe_erased(),
        NestedRoute::new(StaticSegment(segment::ARCHIVE), ArchivePage).into_maybe_erased(),
        NestedRoute::new(
            (StaticSegment(segment::ARCHIVE), ParamSegment(param::YEAR)),
            ArchivePage,
        )
        .into_maybe_erased(),
        NestedRoute::new(StaticSegment(segment::SEARCH), SearchPage).into_maybe_erased(),
        NestedRoute::new(
            (StaticSegment(segment::PRINT), ParamSegment(param::ISSUE)),
            IssuePrintPage,
        )
        .into_maybe_erased(),
    )
}

/// The address the reader is at, made once by the frame for everything inside it.
#[derive(Clone, Copy)]
struct CurrentRoute(Memo<Option<Route>>);

/// The address the reader is at, as a [`Route`] (`None` for one no page has): the frame's,
/// or one of its own for a component mounted alone.
pub fn use_route() -> Memo<Option<Route>> {
    if let Some(CurrentRoute(route)) = use_context() {
        return route;
    }
    let location = use_location();
    Memo::new(move |_| {
        let path = current_site_path(&location.pathname.get());
        Route::parse(&path, &location.search.get())
    })
}

/// The application: header, the routed page, footer.
#[component]
pub fn App() -> impl IntoView {
    // Pages ask this store for content; a change of the editor preview reaches all of them.
    let store = Store::provide();
    // The masthead and footer show the publication's name once the catalog's head is in
    // (the home page reads the same cached load): never the whole catalog for them.
    let catalog = store.front_catalog();
    let masthead = Signal::derive(move || {
        catalog
            .get()
            .and_then(Result::ok)
            .map(|c| Masthead::of(&c.catalog))
            .unwrap_or_default()
    });

    view! {
        <Router base=base_path()>
            <Frame masthead>
                {Routes(
                    RoutesProps::builder()
                        .fallback(|| view! { <NotFoundPage /> })
                        .children(RouteChildren::to_children(route_table))
                        .build(),
                )}
            </Frame>
        </Router>
    }
}

/// What the frame shows of the catalog: the publication's name and publisher, the featured
/// special issue and whether there is a gallery (all unknown until the catalog is in).
#[derive(Clone, Debug, Default)]
pub struct Masthead {
    pub publication: Option<Publication>,
    pub special: Option<Route>,
    pub has_gallery: bool,
    /// The categories (id, name) for the menu.
    pub categories: Vec<(String, String)>,
}

impl Masthead {
    pub fn of(catalog: &Catalog) -> Masthead {
        Masthead {
            publication: Some(catalog.publication.clone()),
            special: catalog.newest_special().map(|i| Route::issue(&i.id)),
            has_gallery: !catalog.gallery.is_empty(),
            categories: catalog
                .categories
                .iter()
                .map(|c| (c.id.to_string(), c.name.to_string()))
                .collect(),
        }
    }
}

/// The page frame around every page: skip link, masthead, preview banner, `<main>`, footer.
/// The build's page writer draws the same frame around each page's content.
#[component]
pub fn Frame(
    /// What the masthead and footer show of the catalog.
    #[prop(into)]
    masthead: Signal<Masthead>,
    children: Children,
) -> impl IntoView {
    // Only the preview's bundle can show an editor's files, and says so on every page.
    #[cfg(feature = "preview")]
    let banner = view! { <PreviewBanner active=Store::use_store().previewing() /> };
    #[cfg(not(feature = "preview"))]
    let banner = ();
    // The masthead, the search box, focus handling and the pages all read the address.
    provide_context(CurrentRoute(use_route()));
    let publication = Signal::derive(move || masthead.with(|m| m.publication.clone()));
    let special = Signal::derive(move || masthead.with(|m| m.special.clone()));
    let has_gallery = Signal::derive(move || masthead.with(|m| m.has_gallery));
    let categories = Signal::derive(move || masthead.with(|m| m.categories.clone()));
    view! {
        <SkipLink target="noi-dung" />
        <FocusOnNavigate target="noi-dung" />
        <SiteHeader publication special has_gallery categories />
        {banner}
        <main id="noi-dung" class="bt-main" tabindex="-1">
            {children()}
        </main>
        <SiteFooter publication />
    }
}

/// The parameters the route table gives `path` (`[("issue", "so-11")]`), or `None` when no
/// route matches it whole (the not-found page). For the tests that walk addresses through
/// the table.
pub fn matched_params(table: &impl MatchNestedRoutes, path: &str) -> Option<Vec<(String, String)>> {
    let (found, remaining) = table.match_nested(path);
    let (_, matched) = found?;
    (remaining.is_empty() || remaining == "/").then(|| {
        matched
            .to_params()
            .into_iter()
            .map(|(key, value)| (key.into_owned(), value))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_table_matches_every_kind_of_address() {
        let table = route_table();
        for (route, params) in [
            (Route::HOME, vec![]),
            (Route::issue("so-11"), vec![("issue", "so-11")]),
            (
                Route::article("so-11", "bai"),
                vec![("issue", "so-11"), ("article", "bai")],
            ),
            (Route::gallery(None), vec![]),
            (Route::work("tac-pham", None), vec![("work", "tac-pham")]),
            (Route::Preview, vec![]),
            (Route::category("tin-tuc"), vec![("category", "tin-tuc")]),
            (Route::ARCHIVE, vec![]),
            (Route::Archive { year: Some(2024) }, vec![("year", "2024")]),
            (Route::search(Some("x"), None), vec![]),
            (Route::print("so-11"), vec![("issue", "so-11")]),
        ] {
            let params: Vec<(String, String)> = params
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            let path = route.path();
            assert_eq!(matched_params(&table, &path), Some(params), "{path}");
        }
        assert_eq!(matched_params(&table, "/so/a/b/c"), None);
        assert_eq!(matched_params(&table, "/khac"), None);
    }
}
