//! Search results across every issue: chips with counts, marked words, a page at a time.
//! Not a route of its own: the search page shows it. The results come from the build's
//! search files (`content::search`); each page of rows from the whole feed's listing pages.

use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

use crate::components::{CategoryChips, FoundWorks};
use crate::content::search::{self, SearchResults};
use crate::content::Store;
use crate::index::{Row, PAGE_SIZE};
use crate::model::routes::Route;
use crate::pages::listing::{category_names, focus_row, row_item};
use crate::pages::search::SearchHelp;
use crate::search::{matching_works, result_passage, wants_body, Query};

/// What the reader asked: a search, and perhaps one category of its results.
#[derive(Clone, Copy)]
pub struct FeedFilter {
    pub text: Signal<Option<String>>,
    pub category: Signal<Option<String>>,
}

impl FeedFilter {
    /// The page's heading and title: "Kết quả tìm kiếm “…”", or "Tìm kiếm" before a search.
    pub fn heading(self) -> Signal<String> {
        let heading = Memo::new(move |_| match self.text.get() {
            Some(q) => format!("Kết quả tìm kiếm “{q}”"),
            None => crate::components::titles::SEARCH.to_owned(),
        });
        heading.into()
    }
}

/// The results: heading, chips, search status, the rows, the works.
#[component]
pub fn FeedBody(
    /// The search's results, from the content store.
    results: Rc<SearchResults>,
    /// The search and category in the address.
    filter: FeedFilter,
    /// The page's heading (`FeedFilter::heading`).
    heading: Signal<String>,
) -> impl IntoView {
    let FeedFilter { text, category } = filter;
    // `try_`: a closure that runs while the page is being torn down (the reader left the
    // search) finds nothing instead of panicking on a disposed signal.
    let query = Memo::new(move |_| {
        text.try_with(|t| t.as_deref().and_then(Query::parse))
            .flatten()
    });
    let asked = move || text.try_with(Option::is_some).unwrap_or(false);
    let names = category_names(&results.catalog);
    let unknown_category = category.get_untracked().filter(|c| !names.contains_key(c)).map(|c| {
        view! {
            <p class="bt-notice" role="alert">
                {format!("Không có chuyên mục mang mã “{c}”. Hãy chọn một chuyên mục ở trên, hoặc ")}
                <a href=Route::search(text.get_untracked().as_deref(), None).relative()>"xem mọi chuyên mục"</a>
                "."
            </p>
        }
    });
    let count = results.found.len();
    view! {
        <h1 id="bai-viet" class="bt-page-title">{move || heading.try_get().unwrap_or_default()}</h1>
        <Show when=move || !asked()>
            <SearchHelp />
        </Show>
        <div hidden=move || !asked()>
            <CategoryChips
                categories=results.catalog.categories.clone()
                counts=results.counts.clone()
                total=results.total
                active=category
                href=Callback::new(move |c: Option<String>| {
                    let q = text.try_get().flatten();
                    Route::search(q.as_deref(), c.as_deref())
                })
            />
        </div>
        {unknown_category}
        <SearchStatus filter count />
        <FeedRows
            found=results.found.clone()
            first=results.first_rows.clone()
            names
            query=query.into()
        />
        <SearchedWorks query=query.into() />
    }
}

/// The gallery's works the search finds (`search::matching_works`), from the gallery's
/// files, after the articles (what the page is for), drawn again as the reader types;
/// nothing while they load or if they fail.
#[component]
fn SearchedWorks(query: Signal<Option<Query>>) -> impl IntoView {
    let galleries = Store::use_store().galleries();
    move || {
        let query = query.try_get().flatten()?;
        galleries.try_with(|loaded| {
            let Some(Ok(collections)) = loaded else {
                return None;
            };
            let works = collections
                .iter()
                .filter_map(|(_, file)| file.as_ref().ok())
                .flat_map(|file| file.value.works.iter());
            let found: Vec<_> = matching_works(works, &query).into_iter().cloned().collect();
            Some(view! { <FoundWorks works=found query=Some(query.clone()) /> })
        })?
    }
}

/// What to try when a search found nothing: go on typing after a single letter (alone it
/// is searched as a word of its own, `Query::is_whole`), else fewer words or no accents.
fn advice(text: Option<&str>) -> &'static str {
    if text
        .and_then(crate::search::Query::parse)
        .is_some_and(|q| q.ends_in_letter())
    {
        "Hãy gõ tiếp: một chữ cái đứng riêng chỉ tìm những từ có đúng một chữ cái, như “ở”."
    } else {
        "Hãy thử gõ ít chữ hơn, hoặc bỏ dấu: “le chan” cũng tìm ra “Lê Chân”."
    }
}

/// How many articles a search found, and what to try when it found none.
#[component]
fn SearchStatus(filter: FeedFilter, count: usize) -> impl IntoView {
    let FeedFilter { text, category } = filter;
    let status = move || {
        text.try_get().flatten().map(|q| {
            if count == 0 {
                format!("Không tìm thấy bài viết nào cho “{q}”.")
            } else {
                format!("Tìm thấy {count} bài viết cho “{q}”.")
            }
        })
    };
    let empty_help = move || {
        let q = text.try_get().flatten();
        (count == 0 && q.is_some()).then(|| {
            let c = category.try_get().flatten();
            view! {
                <div class="bt-empty">
                    <p>{advice(q.as_deref())}</p>
                    <ul>
                        {c.clone().map(|_| view! {
                            <li><a href=Route::search(q.as_deref(), None).relative()>"Tìm trong mọi chuyên mục"</a></li>
                        })}
                        <li><a href=c.as_deref().map_or(Route::HOME, Route::category).relative()>"Xóa tìm kiếm"</a></li>
                    </ul>
                </div>
            }
        })
    };
    view! {
        <p class="bt-search-status" role="status">{status}</p>
        {empty_help}
    }
}

/// The most characters of a body's passage a result shows.
const PASSAGE_CHARS: usize = 180;

/// A result's row: under its title its summary or, once its text has come, the passage of
/// its body where the words lie closest together (`search::result_passage`), for the
/// query as the reader goes on typing. The text is asked for only where neither the title
/// nor the summary has the words side by side.
fn result_row(
    row: Row,
    names: StoredValue<HashMap<String, String>>,
    query: Signal<Option<Query>>,
) -> impl IntoView {
    let text = RwSignal::new_local(None::<Rc<str>>);
    let asked = StoredValue::new(false);
    let (title, summary) = (row.title.clone(), row.summary.clone());
    let (issue, article) = (row.issue.clone(), row.article.clone());
    Effect::new(move |_| {
        let Some(query) = query.try_get().flatten() else {
            return;
        };
        if asked.try_get_value().unwrap_or(true) || !wants_body(&title, &summary, &query) {
            return;
        }
        asked.set_value(true);
        let (issue, article) = (issue.clone(), article.clone());
        leptos::task::spawn_local(async move {
            if let Some(found) = search::article_text(&issue, &article).await {
                text.try_set(Some(found));
            }
        });
    });
    let (heading, shown) = (row.title.clone(), row.summary.clone());
    let passage = Signal::derive(move || match query.try_get().flatten() {
        Some(query) => text
            .try_with(|t| result_passage(&heading, &shown, t.as_deref(), &query, PASSAGE_CHARS))
            .unwrap_or_else(|| shown.clone()),
        None => shown.clone(),
    });
    row_item(row, names, query, true, passage)
}

/// The rows of the results, a page at a time, with "Xem thêm". The search page draws a new
/// one for each search; the old one may still be asked once while it is dropped, so every
/// read here is a `try_` that then finds nothing.
#[component]
fn FeedRows(
    /// Every result, best first.
    found: Vec<u32>,
    /// The rows of the first page.
    first: Vec<Row>,
    /// Category names by id.
    names: HashMap<String, String>,
    query: Signal<Option<Query>>,
) -> impl IntoView {
    let total = found.len();
    let found = StoredValue::new(found);
    let names = StoredValue::new(names);
    let rows = RwSignal::new(first);
    let row = move |row: Row| result_row(row, names, query);
    let failed = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let list = NodeRef::<leptos::html::Ul>::new();
    // The button goes away once everything is shown, and focus must not go with it: it
    // moves to the first article added, where the reader goes on reading.
    let show_more = move |_| {
        if busy.get_untracked() {
            return;
        }
        let from = rows.with_untracked(Vec::len);
        let next: Vec<u32> = found
            .try_with_value(|f| f.iter().skip(from).take(PAGE_SIZE).copied().collect())
            .unwrap_or_default();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match search::rows(&next).await {
                Ok(more) => {
                    failed.set(None);
                    rows.try_update(|r| r.extend(more));
                    request_animation_frame(move || focus_row(list, from));
                }
                Err(error) => failed.set(Some(error.to_string())),
            }
            busy.set(false);
        });
    };
    let remaining =
        Memo::new(move |_| total.saturating_sub(rows.try_with(Vec::len).unwrap_or(total)));
    view! {
        <ul class="bt-article-list" node_ref=list>
            <For each=move || rows.try_get().unwrap_or_default() key=|r| (r.issue.clone(), r.article.clone()) let(r)>
                {row(r)}
            </For>
        </ul>
        <Show when=move || { remaining.try_get().unwrap_or(0) > 0 }>
            <p>
                <button class="bt-button" type="button" data-key="show-more" on:click=show_more aria-busy=move || busy.try_get().unwrap_or(false).then_some("true")>
                    {move || format!("Xem thêm ({} bài)", remaining.try_get().unwrap_or(0))}
                </button>
            </p>
        </Show>
        {move || failed.try_get().flatten().map(|message| view! {
            <p class="bt-notice" role="alert">{format!("Chưa tải thêm được kết quả. {message} Bấm “Xem thêm” để thử lại.")}</p>
        })}
    }
}
