//! The masthead on every page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::SearchBox;
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
    view! {
        <header class="bt-header">
            <div class="bt-header__inner">
                <A href="/" attr:class="bt-header__brand">
                    <span class="bt-header__star" aria-hidden="true">
                        "★"
                    </span>
                    <span>{move || name.get().unwrap_or_else(|| SITE_NAME.to_owned())}</span>
                </A>
                <nav class="bt-header__nav" aria-label="Điều hướng chính">
                    <ul>
                        <li>
                            <A href="/" exact=true>
                                "Trang chủ"
                            </A>
                        </li>
                        {move || {
                            special_href
                                .get()
                                .map(|href| {
                                    view! {
                                        <li>
                                            <A href=href>"Số đặc biệt"</A>
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
                                            <A href="/trung-bay">"Trưng bày"</A>
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
