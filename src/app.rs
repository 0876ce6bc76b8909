//! The router: the whole route table in one place, and the page frame around it. The
//! functions that build every internal address live beside it in `model::routes` (pure, so
//! the build-time page writer uses the same ones) and are re-exported here.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::{FocusOnNavigate, PreviewBanner, SiteFooter, SiteHeader, SkipLink};
use crate::content;
pub use crate::model::routes::*;
use crate::pages::{
    ArticlePage, GalleryIndex, GalleryPage, GalleryWorkPage, HomePage, IssuePage, NotFoundPage,
    PreviewPage,
};

thread_local! {
    /// The deployment's base, read once (it does not change while a page lives).
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
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
        <Router base=base_path()>
            <Frame name publisher special_href has_gallery previewing>
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
            </Frame>
        </Router>
    }
}

/// The page frame around every page: skip link, masthead, preview banner, `<main>`, footer.
/// The build's page writer (`static_page`) draws the same frame around each page's content.
#[component]
pub fn Frame(
    /// The publication's name (the masthead shows the site's name until it is known).
    #[prop(into)]
    name: Signal<Option<String>>,
    #[prop(into)] publisher: Signal<Option<String>>,
    /// The featured special issue's address, for the masthead link.
    #[prop(into)]
    special_href: Signal<Option<String>>,
    #[prop(into)] has_gallery: Signal<bool>,
    /// The editor preview is showing local files.
    #[prop(into)]
    previewing: Signal<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <SkipLink target="noi-dung" />
        <FocusOnNavigate target="noi-dung" page_key=same_page_key />
        <SiteHeader name special_href has_gallery />
        <PreviewBanner active=previewing />
        <main id="noi-dung" class="bt-main" tabindex="-1">
            {children()}
        </main>
        <SiteFooter publisher />
    }
}
