//! `/`: the special issue featured at the top, the latest issues, and a feed of articles
//! across every issue with category chips. With `?q=` (search) or `?chuyen-muc=` (category)
//! the page shows only the feed.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

use crate::app::{article_href, feed_href, issue_href, relative};
use crate::components::{
    CategoryChips, DocumentTitle, FeedItem, IssueCard, LoadErrorPanel, Loading, OccasionList,
};
use crate::content::{self, LoadedCorpus};
use crate::model::search::{body_excerpt, Query};
use crate::model::site::titles;
use crate::model::{Catalog, IssueEntry};

/// Articles shown at first and added by each "Xem thêm".
pub const PAGE_SIZE: usize = 10;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let catalog = LocalResource::new(content::catalog);
    let query = use_query_map();
    let text = Memo::new(move |_| query.read().get("q").filter(|q| !q.trim().is_empty()));
    let category = Memo::new(move |_| query.read().get("chuyen-muc"));
    let filtered = Memo::new(move |_| text.with(Option::is_some) || category.with(Option::is_some));
    let retry = Callback::new(move |()| catalog.refetch());

    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                // Nothing reactive is read here: a filter change must not rebuild the feed
                // (and its loaded corpus).
                match catalog.await {
                    Ok(catalog) => {
                        let heading = feed_heading(catalog.clone(), text, category);
                        let title = Signal::derive(move || {
                            if filtered.get() { heading.get() } else { titles::HOME.to_owned() }
                        });
                        // The front page is built once and hidden while the feed is filtered:
                        // with years of issues it is hundreds of elements, and rebuilding it
                        // on every switch back to "Tất cả" cost more than the switch itself.
                        view! {
                            <DocumentTitle text=title />
                            <div hidden=move || filtered.get()>
                                <FrontPage catalog />
                            </div>
                            <ArticleFeed text category filtered heading />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <LoadErrorPanel error on_retry=retry page_title="Lỗi tải nội dung" /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The home page as the build writes it (`static_page`): what `HomePage` shows once every
/// issue is loaded, with no search and no category. Same parts, same markup, so the app
/// takes over without a jump.
#[component]
pub fn StaticHomePage(loaded: Rc<LoadedCorpus>) -> impl IntoView {
    let text = Memo::new(|_| None);
    let category = Memo::new(|_| None);
    let filtered = Memo::new(|_| false);
    let heading = feed_heading(loaded.catalog.clone(), text, category);
    let catalog = loaded.catalog.clone();
    let shown = RwSignal::new(PAGE_SIZE);
    view! {
        <DocumentTitle text=titles::HOME />
        <div hidden=move || filtered.get()>
            <FrontPage catalog />
        </div>
        {feed_section(view! { <FeedBody loaded text category filtered heading shown /> })}
    }
}

/// The section that holds the feed, loaded or loading.
fn feed_section(body: impl IntoView) -> impl IntoView {
    view! { <section class="bt-section" aria-labelledby="bai-viet">{body}</section> }
}

/// The feed's heading: the search, else the category's name, else "Bài viết mới".
fn feed_heading(
    catalog: Rc<Catalog>,
    text: Memo<Option<String>>,
    category: Memo<Option<String>>,
) -> Memo<String> {
    let catalog = StoredValue::new_local(catalog);
    Memo::new(move |_| {
        let name = category
            .get()
            .and_then(|id| catalog.try_with_value(|c| c.category(&id).map(|c| c.name.to_string())))
            .flatten();
        match (text.get(), name) {
            (Some(q), _) => format!("Kết quả tìm kiếm “{q}”"),
            (None, Some(name)) => format!("Chuyên mục {name}"),
            (None, None) => "Bài viết mới".to_owned(),
        }
    })
}

/// The special issue and the latest issues.
#[component]
fn FrontPage(catalog: Rc<Catalog>) -> impl IntoView {
    let issues: Vec<IssueEntry> = catalog.issues_newest_first().into_iter().cloned().collect();
    view! {
        <h1 class="bt-visually-hidden">{catalog.publication.name.to_string()}</h1>
        {catalog.featured_special().cloned().map(|entry| view! { <SpecialHero entry /> })}
        <section class="bt-section" aria-labelledby="cac-so">
            <h2 id="cac-so" class="bt-section__title">"Các số mới nhất"</h2>
            <div class="bt-issue-grid">
                {issues.into_iter().map(|entry| view! { <IssueCard entry /> }).collect_view()}
            </div>
        </section>
    }
}

/// The featured special issue: cover, marker, title, occasions and a clear way in.
#[component]
fn SpecialHero(entry: IssueEntry) -> impl IntoView {
    let href = issue_href(&entry.id);
    view! {
        <section class="bt-hero" aria-labelledby="so-dac-biet">
            <img
                class="bt-hero__cover"
                src=content::image_url(&entry.cover.src)
                width=entry.cover.width
                height=entry.cover.height
                alt=entry.cover.alt.to_string()
                fetchpriority="high"
            />
            <div class="bt-hero__text">
                <p class="bt-badge">"Số đặc biệt"</p>
                <h2 id="so-dac-biet" class="bt-hero__title">{entry.title.to_string()}</h2>
                <p class="bt-meta">
                    <time datetime=entry.date.iso()>{entry.date.long_vi()}</time>
                </p>
                <p class="bt-hero__summary">{entry.summary.to_string()}</p>
                <OccasionList occasions=entry.occasions.clone() />
                <p>
                    <a href=relative(&href) class="bt-button">
                        "Đọc số đặc biệt"
                    </a>
                </p>
            </div>
        </section>
    }
}

/// The feed across every issue: chips with counts, search results with marked words, a page
/// at a time. Loads each issue file once, showing progress.
#[component]
fn ArticleFeed(
    text: Memo<Option<String>>,
    category: Memo<Option<String>>,
    filtered: Memo<bool>,
    heading: Memo<String>,
) -> impl IntoView {
    let progress = RwSignal::new((0usize, 0usize));
    let corpus =
        LocalResource::new(move || content::corpus(move |done, total| progress.set((done, total))));
    let retry = Callback::new(move |()| corpus.refetch());
    let shown = RwSignal::new(PAGE_SIZE);
    // A new search or filter starts again from the first page.
    // Only when it changed: setting a signal notifies even to the same value, and that
    // rendered the list a second time on every keystroke.
    Effect::new(move |_| {
        text.track();
        category.track();
        if shown.get_untracked() != PAGE_SIZE {
            shown.set(PAGE_SIZE);
        }
    });
    let loading = move || {
        let (done, total) = progress.get();
        view! {
            <p class="bt-loading" role="status">
                {if total > 0 {
                    format!("Đang tải các số báo ({done}/{total})…")
                } else {
                    "Đang tải các số báo…".to_owned()
                }}
            </p>
        }
    };
    feed_section(view! {
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match corpus.await {
                        Ok(loaded) => view! { <FeedBody loaded text category filtered heading shown /> }.into_any(),
                        Err(error) => view! { <LoadErrorPanel error on_retry=retry /> }.into_any(),
                    }
                })}
            </Transition>
    })
}

#[component]
fn FeedBody(
    loaded: Rc<LoadedCorpus>,
    text: Memo<Option<String>>,
    category: Memo<Option<String>>,
    /// A search or a category is chosen: the feed is then the whole page.
    filtered: Memo<bool>,
    heading: Memo<String>,
    shown: RwSignal<usize>,
) -> impl IntoView {
    // Rc is not Send; reactive closures hold arena handles to it instead.
    let failures_view = failures_notice(&loaded);
    let store = StoredValue::new_local(loaded);
    let query = Memo::new(move |_| text.get().as_deref().and_then(Query::parse));
    // `try_with_value`: a closure that outlives the page (while it is being torn down)
    // finds nothing instead of panicking.
    // Shared, not cloned: five parts of the page read the result, which can hold thousands
    // of matches.
    let feed = Memo::new(move |_| {
        let (query, category) = (query.get(), category.get());
        Arc::new(
            store
                .try_with_value(|l| l.corpus.view(query.as_ref(), category.as_deref()))
                .unwrap_or_default(),
        )
    });
    let category_of = move |id: &str| {
        store
            .try_with_value(|l| {
                l.catalog
                    .category(id)
                    .map(|c| (c.name.to_string(), c.description.to_string()))
            })
            .flatten()
    };
    let description = move || {
        category
            .get()
            .and_then(|c| category_of(&c))
            .filter(|_| text.get().is_none())
            .map(|(_, d)| view! { <p class="bt-lead">{d}</p> })
    };
    let chips = view! {
        <CategoryChips
            categories=store
                .try_with_value(|l| l.catalog.categories.clone())
                .unwrap_or_default()
            counts=Signal::derive(move || feed.with(|v| v.counts.clone()))
            total=Signal::derive(move || feed.with(|v| v.total))
            active=category
            href=Callback::new(move |c: Option<String>| {
                text.with(|q| feed_href(q.as_deref(), c.as_deref()))
            })
        />
    };
    let unknown_category = {
        move || {
            category.get().filter(|c| category_of(c).is_none()).map(|c| {
                view! {
                    <p class="bt-notice" role="alert">
                        {format!("Không có chuyên mục mang mã “{c}”. Hãy chọn một chuyên mục ở trên, hoặc ")}
                        <a href=relative(&feed_href(text.get().as_deref(), None))>"xem mọi chuyên mục"</a>
                        "."
                    </p>
                }
            })
        }
    };
    let status = move || {
        let count = feed.get().items.len();
        text.get().map(|q| {
            if count == 0 {
                format!("Không tìm thấy bài viết nào cho “{q}”.")
            } else {
                format!("Tìm thấy {count} bài viết cho “{q}”.")
            }
        })
    };
    let empty_help = move || {
        let view = feed.get();
        (view.items.is_empty() && text.get().is_some()).then(|| {
            let q = text.get();
            let c = category.get();
            view! {
                <div class="bt-empty">
                    <p>"Hãy thử gõ ít chữ hơn, hoặc bỏ dấu: “le chan” cũng tìm ra “Lê Chân”."</p>
                    <ul>
                        {c.clone().map(|_| view! {
                            <li><a href=relative(&feed_href(q.as_deref(), None))>"Tìm trong mọi chuyên mục"</a></li>
                        })}
                        <li><a href=relative(&feed_href(None, c.as_deref()))>"Xóa tìm kiếm"</a></li>
                    </ul>
                </div>
            }
        })
    };
    let terms =
        Memo::new(move |_| query.with(|q| q.as_ref().map(|q| q.terms.clone()).unwrap_or_default()));
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
                    href=article_href(&issue.id, &article.id)
                    context=format!("{} · {category_name}", issue.title)
                    title=article.title.to_string()
                    passage
                    published=article.published
                    terms=terms.into()
                    top_level=filtered.into()
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
    let more = view! {
        <Show when=move || { remaining.get() > 0 }>
            <p>
                <button class="bt-button" type="button" on:click=show_more>
                    {move || format!("Xem thêm ({} bài)", remaining.get())}
                </button>
            </p>
        </Show>
    };
    view! {
        {move || {
            // The feed is the whole page when filtered: its heading is then the page's h1.
            if filtered.get() {
                view! { <h1 id="bai-viet" class="bt-page-title">{heading}</h1> }.into_any()
            } else {
                view! { <h2 id="bai-viet" class="bt-section__title">{heading}</h2> }.into_any()
            }
        }}
        {description}
        {chips}
        {unknown_category}
        <p class="bt-search-status" role="status">{status}</p>
        {empty_help}
        <ul class="bt-article-list" node_ref=list>
            <For each=move || rows.get() key=|doc| *doc let(doc)>
                {row(doc)}
            </For>
        </ul>
        {more}
        {failures_view}
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
