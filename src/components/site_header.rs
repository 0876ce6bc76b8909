//! The masthead on every page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::SearchBox;
use crate::app::{current_site_path, is_current, relative};
use crate::model::site::SITE_NAME;

/// The bulletin's name linking home, and the main navigation.
#[component]
pub fn SiteHeader(
    /// The publication's name; the site's name shows until the catalog arrives (the same
    /// words, so the masthead does not change height and push the page down).
    #[prop(into)]
    name: Signal<Option<String>>,
    /// The link to the featured special issue, once known.
    #[prop(into)]
    special_href: Signal<Option<String>>,
    /// Whether the catalog lists a gallery, to show its link.
    #[prop(into)]
    has_gallery: Signal<bool>,
) -> impl IntoView {
    let location = use_location();
    let here = Memo::new(move |_| current_site_path(&location.pathname.get()));
    // `aria-current="page"` on the link to where the reader is (home only on home).
    let current = move |link: String, exact: bool| {
        move || is_current(&here.get(), &link, exact).then_some("page")
    };
    view! {
        <header class="bt-header">
            <div class="bt-header__inner">
                <a href=relative("/") class="bt-header__brand">
                    <span class="bt-header__star" aria-hidden="true">
                        "★"
                    </span>
                    <span>{move || name.get().unwrap_or_else(|| SITE_NAME.to_owned())}</span>
                </a>
                <nav class="bt-header__nav" aria-label="Điều hướng chính">
                    <ul>
                        <li>
                            <a href=relative("/") aria-current=current("/".to_owned(), true)>
                                "Trang chủ"
                            </a>
                        </li>
                        {move || {
                            special_href
                                .get()
                                .map(|href| {
                                    view! {
                                        <li>
                                            <a href=relative(&href) aria-current=current(href.clone(), false)>
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
                                                href=relative("/trung-bay")
                                                aria-current=current("/trung-bay".to_owned(), false)
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
