//! Search results across every issue: chips with counts, marked words, a page at a time.
//! Not a route of its own: the search page shows it. The results come from every issue
//! file, loaded once per visit and folded into `model::feed::Corpus`.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{CategoryChips, FeedItem};
use crate::content::{LoadError, LoadedCorpus, Store};
use crate::model::feed::FeedView;
use crate::model::routes::Route;
use crate::model::search::{body_excerpt, Query};
use crate::pages::loaded::Loaded;
use crate::pages::search::SearchHelp;

/// Articles shown at first and added by each "Xem thêm".
pub const PAGE_SIZE: usize = 10;

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

/// The corpus's load with its progress.
#[derive(Clone, Copy)]
pub struct FeedLoad {
    corpus: LocalResource<Result<Rc<LoadedCorpus>, LoadError>>,
    /// Issue files arrived, of how many.
    progress: RwSignal<(usize, usize)>,
}

impl FeedLoad {
    pub fn start() -> FeedLoad {
        let progress = RwSignal::new((0, 0));
        FeedLoad {
            corpus: Store::use_store().corpus(progress),
            progress,
        }
    }
}

/// The feed, loaded from every issue with its progress shown.
#[component]
pub fn ArticleFeed(
    /// The corpus and its progress, from the page.
    load: FeedLoad,
    /// The search and category in the address.
    filter: FeedFilter,
    /// The feed's heading (`FeedFilter::heading`).
    heading: Signal<String>,
) -> impl IntoView {
    let FeedLoad { corpus, progress } = load;
    let loading = Signal::derive(move || match progress.get() {
        (done, total) if total > 0 => format!("Đang tải các số báo ({done}/{total})…"),
        _ => "Đang tải các số báo…".to_owned(),
    });
    let body = move |loaded: Rc<LoadedCorpus>| Some(view! { <FeedBody loaded filter heading /> });
    view! {
        <section class="bt-section" aria-labelledby="bai-viet">
            <Loaded resource=corpus view=body loading />
        </section>
    }
}

/// The loaded feed: heading, chips, search status, the rows, the issues that failed.
#[component]
pub fn FeedBody(
    loaded: Rc<LoadedCorpus>,
    filter: FeedFilter,
    heading: Signal<String>,
) -> impl IntoView {
    let FeedFilter { text, category } = filter;
    let failures = failures_notice(&loaded);
    // Rc is not Send; reactive closures hold arena handles to it instead.
    let store = StoredValue::new_local(loaded);
    let query = Memo::new(move |_| text.get().as_deref().and_then(Query::parse));
    // `try_with_value`: a closure that outlives the page (while it is being torn down)
    // finds nothing instead of panicking. Shared, not cloned: several parts of the page
    // read the result, which can hold thousands of matches.
    // No search (the box was emptied): no rows, and the page says how to search.
    let feed = Memo::new(move |_| {
        let (query, category) = (query.get(), category.get());
        Arc::new(
            query
                .and_then(|query| {
                    store.try_with_value(|l| l.corpus.view(Some(&query), category.as_deref()))
                })
                .unwrap_or_default(),
        )
    });
    let asked = move || text.with(Option::is_some);
    let category_of = move |id: &str| {
        store
            .try_with_value(|l| {
                l.catalog
                    .category(id)
                    .map(|c| (c.name.to_string(), c.description.to_string()))
            })
            .flatten()
    };
    let unknown_category = move || {
        category.get().filter(|c| category_of(c).is_none()).map(|c| {
            view! {
                <p class="bt-notice" role="alert">
                    {format!("Không có chuyên mục mang mã “{c}”. Hãy chọn một chuyên mục ở trên, hoặc ")}
                    <a href=Route::search(text.get().as_deref(), None).relative()>"xem mọi chuyên mục"</a>
                    "."
                </p>
            }
        })
    };
    let categories = store
        .try_with_value(|l| l.catalog.categories.clone())
        .unwrap_or_default();
    view! {
        <h1 id="bai-viet" class="bt-page-title">{heading}</h1>
        <Show when=move || !asked()>
            <SearchHelp />
        </Show>
        <div hidden=move || !asked()>
            <CategoryChips
            categories
            counts=Signal::derive(move || feed.with(|v| v.counts.clone()))
            total=Signal::derive(move || feed.with(|v| v.total))
            active=category
            href=Callback::new(move |c: Option<String>| {
                text.with(|q| Route::search(q.as_deref(), c.as_deref()))
            })
            />
        </div>
        {unknown_category}
        <SearchStatus filter feed=feed.into() />
        <FeedRows store feed=feed.into() query=query.into() />
        {failures}
    }
}

/// How many articles a search found, and what to try when it found none.
#[component]
fn SearchStatus(filter: FeedFilter, feed: Signal<Arc<FeedView>>) -> impl IntoView {
    let FeedFilter { text, category } = filter;
    let status = move || {
        let count = feed.with(|f| f.items.len());
        text.get().map(|q| {
            if count == 0 {
                format!("Không tìm thấy bài viết nào cho “{q}”.")
            } else {
                format!("Tìm thấy {count} bài viết cho “{q}”.")
            }
        })
    };
    let empty_help = move || {
        (feed.with(|f| f.items.is_empty()) && text.get().is_some()).then(|| {
            let q = text.get();
            let c = category.get();
            view! {
                <div class="bt-empty">
                    <p>"Hãy thử gõ ít chữ hơn, hoặc bỏ dấu: “le chan” cũng tìm ra “Lê Chân”."</p>
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

/// The rows of the feed, a page at a time, with "Xem thêm".
#[component]
fn FeedRows(
    store: StoredValue<Rc<LoadedCorpus>, LocalStorage>,
    feed: Signal<Arc<FeedView>>,
    query: Signal<Option<Query>>,
) -> impl IntoView {
    let shown = RwSignal::new(PAGE_SIZE);
    // A new search or filter starts again from the first page. Only when it changed:
    // setting a signal notifies even to the same value, and that rendered the list a second
    // time on every keystroke.
    Effect::new(move |_| {
        feed.track();
        if shown.get_untracked() != PAGE_SIZE {
            shown.set(PAGE_SIZE);
        }
    });
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        feed.with(|v| v.items.iter().take(limit).copied().collect::<Vec<usize>>())
    });
    // Keyed by article: while a reader types, rows that stay in the results are kept and
    // only their marked words change.
    let row = move |doc: usize| {
        store.try_with_value(|loaded| {
            let (issue, article) = loaded.corpus.article(doc);
            let category_name = loaded
                .catalog
                .category(&article.category)
                .map(|c| c.name.as_str())
                .unwrap_or_default();
            // Show the matching part of the body when that is where the match is.
            let passage = Signal::derive(move || {
                let query = query.get();
                store
                    .try_with_value(|loaded| {
                        let (_, article) = loaded.corpus.article(doc);
                        query
                            .as_ref()
                            .filter(|q| loaded.corpus.index.shows_body(doc, q))
                            .map(|q| body_excerpt(article, q, 180))
                            .unwrap_or_else(|| article.summary.to_string())
                    })
                    .unwrap_or_default()
            });
            view! {
                <FeedItem
                    href=Route::article(&issue.id, &article.id)
                    context=format!("{} · {category_name}", issue.title)
                    title=article.title.to_string()
                    passage
                    published=article.published
                    query
                    top_level=Signal::stored(true)
                />
            }
        })
    };
    // The button goes away once everything is shown, and focus must not go with it: it
    // moves to the first article added, where the reader goes on reading.
    let list = NodeRef::<leptos::html::Ul>::new();
    let show_more = move |_| {
        let first_new = shown.get_untracked();
        shown.update(|n| *n += PAGE_SIZE);
        request_animation_frame(move || {
            let link = list.get_untracked().and_then(|ul| {
                ul.query_selector(&format!(":scope > li:nth-child({}) a", first_new + 1))
                    .ok()
                    .flatten()
            });
            if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = link.focus();
            }
        });
    };
    let remaining = Memo::new(move |_| feed.with(|v| v.items.len()).saturating_sub(shown.get()));
    view! {
        <ul class="bt-article-list" node_ref=list>
            <For each=move || rows.get() key=|doc| *doc let(doc)>
                {row(doc)}
            </For>
        </ul>
        <Show when=move || { remaining.get() > 0 }>
            <p>
                <button class="bt-button" type="button" on:click=show_more>
                    {move || format!("Xem thêm ({} bài)", remaining.get())}
                </button>
            </p>
        </Show>
    }
}

/// Names the issues that failed to load; the feed lists the rest.
fn failures_notice(loaded: &LoadedCorpus) -> Option<impl IntoView> {
    (!loaded.failures.is_empty()).then(|| {
        let items = loaded
            .failures
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
