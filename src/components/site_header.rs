//! The masthead on every page.

use leptos::prelude::*;

use super::{Emblem, SearchBox, SITE_NAME};
use crate::app::use_route;
use crate::model::routes::Route;
use crate::model::Publication;

/// The emblem, the publisher above the bulletin's name linking home, today's date, and the
/// main navigation.
#[component]
pub fn SiteHeader(
    /// The catalog's `publication`: who publishes the bulletin (the Party Committee), shown
    /// above its name. Until the catalog arrives the site's name shows (the same words, so
    /// the masthead does not change height and push the page down).
    #[prop(into)]
    publication: Signal<Option<Publication>>,
    /// The newest special issue's address, once known.
    #[prop(into)]
    special: Signal<Option<Route>>,
    /// Whether the catalog lists a gallery, to show its link.
    #[prop(into)]
    has_gallery: Signal<bool>,
) -> impl IntoView {
    let here = use_route();
    // `aria-current="page"` on the link to where the reader is (home only on home).
    let current = move |link: Route| {
        move || {
            here.with(|here| here.as_ref().is_some_and(|h| link.contains(h)))
                .then_some("page")
        }
    };
    let home = Route::HOME.relative();
    // The reader's today: the app knows it; a written page has it filled in by its own
    // small script (`publish::html::TODAY_SCRIPT`), with the same words.
    let today = crate::dom::today();
    view! {
        <header class="bt-header">
            <div class="bt-header__inner">
                <a href=home.clone() class="bt-header__brand">
                    <Emblem />
                    <span class="bt-header__titles">
                        <span class="bt-header__publisher">
                            {move || {
                                publication.with(|p| p.as_ref().map(|p| p.publisher.to_string()))
                            }}
                        </span>
                        <span class="bt-header__name">
                            {move || {
                                publication
                                    .with(|p| p.as_ref().map(|p| p.name.to_string()))
                                    .unwrap_or_else(|| SITE_NAME.to_owned())
                            }}
                        </span>
                    </span>
                </a>
                <p class="bt-header__date">
                    <span class=TODAY_CLASS>{today.map(|d| d.long_vi())}</span>
                </p>
                <nav class="bt-header__nav" aria-label="Điều hướng chính">
                    <ul>
                        <li>
                            <a href=home aria-current=current(Route::HOME)>
                                "Trang chủ"
                            </a>
                        </li>
                        <li>
                            <a href=Route::ARCHIVE.relative() aria-current=current(Route::ARCHIVE)>
                                "Lưu trữ"
                            </a>
                        </li>
                        {move || {
                            special
                                .get()
                                .map(|route| {
                                    view! {
                                        <li>
                                            <a href=route.relative() aria-current=current(route.clone())>
                                                "Số đặc biệt"
                                            </a>
                                        </li>
                                    }
                                })
                        }}
                        {move || {
                            has_gallery
                                .get()
                                .then(|| {
                                    view! {
                                        <li>
                                            <a
                                                href=Route::gallery(None).relative()
                                                aria-current=current(Route::gallery(None))
                                            >
                                                "Trưng bày"
                                            </a>
                                        </li>
                                    }
                                })
                        }}
                    </ul>
                </nav>
                <SearchBox />
            </div>
        </header>
    }
}

/// The class of the masthead's date, which a written page's script fills with today. (A
/// `<span>`: an empty `<time>` in the written page would not be valid HTML.)
pub const TODAY_CLASS: &str = "bt-today";
