//! A listing of articles from the build's index, newest first, a page at a time: the home
//! page's "Bài viết mới" and each category's page. Not a route of its own.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{CategoryChips, FeedItem};
use crate::content::listing::LoadedListing;
use crate::content::LoadError;
use crate::content::Store;
use crate::index::{Listing, Row};
use crate::model::routes::Route;
use crate::model::{Catalog, IssueEntry};
use crate::search::Query;

/// The chips, the rows, "Xem thêm" and the issues that could not be added.
#[component]
pub fn ListingBody(
    loaded: LoadedListing,
    /// The rows' titles are level 2 (the listing is the page, under its `<h1>`), not 3.
    top_level: bool,
) -> impl IntoView {
    let LoadedListing {
        catalog,
        front,
        listing,
        first,
        failures,
    } = loaded;
    let counts: HashMap<String, usize> = front
        .categories
        .iter()
        .map(|c| (c.id.clone(), c.count))
        .collect();
    let total = front.total;
    let empty = first.total == 0;
    let active = match &listing {
        Listing::All => None,
        Listing::Category(id) => Some(id.clone()),
    };
    let listed = first.total;
    let shown = RwSignal::new(first.rows.clone());
    let next = RwSignal::new(first.page + 1);
    let names = StoredValue::new(category_names(&catalog));
    let row = move |row: Row| {
        let summary = Signal::stored(row.summary.clone());
        row_item(row, names, Signal::stored(None), top_level, summary)
    };
    let failed = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let list = NodeRef::<leptos::html::Ul>::new();
    let store = Store::use_store();
    let show_more = {
        let listing = listing.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            let first_new = shown.with_untracked(Vec::len);
            let (listing, n) = (listing.clone(), next.get_untracked());
            busy.set(true);
            leptos::task::spawn_local(async move {
                match store.page(listing, n).await {
                    Ok(page) => {
                        failed.set(None);
                        shown.update(|rows| rows.extend(page.rows.iter().cloned()));
                        next.set(n + 1);
                        request_animation_frame(move || focus_row(list, first_new));
                    }
                    Err(error) => failed.set(Some(error.to_string())),
                }
                busy.set(false);
            });
        }
    };
    let remaining = Memo::new(move |_| shown.with(|rows| listed.saturating_sub(rows.len())));
    let home = active.is_none();
    let failures = failures_notice(&failures);
    view! {
        <CategoryChips
            categories=catalog.categories.clone()
            counts
            total
            active
            active_first=true
            href=Callback::new(move |c: Option<String>| match c {
                Some(id) => Route::category(&id),
                None => Route::HOME,
            })
        />
        {(!home && empty).then(|| view! {
            <p class="bt-empty">"Chuyên mục này chưa có bài viết."</p>
        })}
        <ul class="bt-article-list" node_ref=list>
            <For each=move || shown.get() key=|r| (r.issue.clone(), r.article.clone()) let(r)>
                {row(r)}
            </For>
        </ul>
        <Show when=move || { remaining.get() > 0 }>
            <p>
                <button class="bt-button" type="button" data-key="show-more" on:click=show_more.clone() aria-busy=move || busy.get().then_some("true")>
                    {move || format!("Xem thêm ({} bài)", remaining.get())}
                </button>
            </p>
        </Show>
        {move || failed.get().map(|message| view! {
            <p class="bt-notice" role="alert">{format!("Chưa tải thêm được bài viết. {message} Bấm “Xem thêm” để thử lại.")}</p>
        })}
        {failures}
    }
}

/// Focus on the first row added by "Xem thêm": the button may go, and focus must not go
/// with it.
pub(crate) fn focus_row(list: NodeRef<leptos::html::Ul>, index: usize) {
    let link = list.get_untracked().and_then(|ul| {
        ul.query_selector(&format!(":scope > li:nth-child({}) a", index + 1))
            .ok()
            .flatten()
    });
    if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = link.focus();
    }
}

/// Category names by id, for the rows' context line.
pub(crate) fn category_names(catalog: &Catalog) -> HashMap<String, String> {
    catalog
        .categories
        .iter()
        .map(|c| (c.id.to_string(), c.name.to_string()))
        .collect()
}

/// One row of a listing or of search results: the issue and category above the title, the
/// summary, the date; the words of `query` marked.
pub(crate) fn row_item(
    row: Row,
    names: StoredValue<HashMap<String, String>>,
    query: Signal<Option<Query>>,
    top_level: bool,
    // What shows under the title: the summary, or a search result's passage.
    passage: Signal<String>,
) -> impl IntoView {
    // `try_`: search results are redrawn for each search, and a row being dropped may be
    // drawn once more.
    let category = names
        .try_with_value(|n| n.get(&row.category).cloned())
        .flatten()
        .unwrap_or_default();
    view! {
        <FeedItem
            href=Route::article(&row.issue, &row.article)
            context=format!("{} · {category}", row.issue_title)
            title=row.title
            passage
            published=row.published
            query
            top_level=Signal::stored(top_level)
            image=row.image
        />
    }
}

/// Names the issues whose files could not be read; the list shows the rest.
pub(crate) fn failures_notice(failures: &[(IssueEntry, LoadError)]) -> Option<impl IntoView> {
    (!failures.is_empty()).then(|| {
        let items = failures
            .iter()
            .map(|(entry, error)| view! { <li>{format!("{}: {}", entry.title, error)}</li> })
            .collect_view();
        view! {
            <div class="bt-notice" role="status">
                <p>"Một số số báo chưa tải được nên chưa có trong danh sách:"</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
