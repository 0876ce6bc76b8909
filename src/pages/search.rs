//! `/tim-kiem?q=…`: search across every issue, `&chuyen-muc=` keeping one category of the
//! results. Without a search (the page the build writes) it says how to search.

use leptos::prelude::*;

use crate::app::use_route;
use crate::components::DocumentTitle;
use crate::content::Store;
use crate::model::routes::Route;
use crate::pages::feed::{FeedBody, FeedFilter};
use crate::pages::loaded::Loaded;

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let route = use_route();
    let text = Memo::new(move |_| match route.get() {
        Some(Route::Search { search, .. }) => search,
        _ => None,
    });
    let category = Memo::new(move |_| match route.get() {
        Some(Route::Search { category, .. }) => category,
        _ => None,
    });
    let filter = FeedFilter {
        text: text.into(),
        category: category.into(),
    };
    let heading = filter.heading();
    // The results load once a search is asked for, and the page stays while the reader
    // types, also when the box is emptied again: it then says how to search. Swapping it out
    // for `SearchStart` disposed the results in the middle of the update their own signals
    // were in.
    let asked = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || text.with(Option::is_some)
    });
    // `try_get`: leaving the page changes the route before its signals go, and the load
    // must then find nothing rather than panic.
    let results = Store::use_store().search(move || {
        (
            text.try_get().flatten().unwrap_or_default(),
            category.try_get().flatten(),
        )
    });
    let body = move |results| Some(view! { <FeedBody results filter heading /> });
    view! {
        <DocumentTitle text=heading />
        <Show when=move || asked.get() fallback=|| view! { <SearchStart /> }>
            <section class="bt-section" aria-labelledby="bai-viet">
                <Loaded resource=results view=body loading=Signal::stored("Đang tìm bài viết…".to_owned()) />
            </section>
        </Show>
    }
}

/// The page before a search: how to search.
#[component]
pub fn SearchStart() -> impl IntoView {
    view! {
        <section class="bt-section" aria-labelledby="bai-viet">
            <h1 id="bai-viet" class="bt-page-title">{crate::components::titles::SEARCH}</h1>
            <SearchHelp />
        </section>
    }
}

/// How to search, under the heading of the search page before a search.
#[component]
pub fn SearchHelp() -> impl IntoView {
    view! {
        <p class="bt-lead">
            "Gõ từ cần tìm vào ô “Tìm bài viết” ở đầu trang rồi bấm “Tìm”. Không cần gõ dấu: “le chan” cũng tìm ra “Lê Chân”."
        </p>
    }
}

/// The search page as the build writes it (no search yet).
#[component]
pub fn StaticSearchPage() -> impl IntoView {
    view! {
        <DocumentTitle text=crate::components::titles::SEARCH />
        <SearchStart />
    }
}
