//! `/`: the special issue featured at the top, the latest issues, ways into each category;
//! with `?chuyen-muc=<id>`, the articles of that category across every issue.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::app::{category_href, issue_href};
use crate::components::{ArticleListItem, DocumentTitle, IssueCard, LoadErrorPanel, Loading};
use crate::content::{self, LoadError};
use crate::model::{Catalog, IssueEntry};

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let catalog = LocalResource::new(content::catalog);
    let query = use_query_map();
    let category = Memo::new(move |_| query.read().get("chuyen-muc"));
    let retry = Callback::new(move |()| catalog.refetch());

    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match catalog.await {
                    Ok(catalog) => {
                        match category.get() {
                            Some(id) => view! { <CategoryFeed catalog id /> }.into_any(),
                            None => view! { <HomeContents catalog /> }.into_any(),
                        }
                    }
                    Err(error) => view! {
                        <DocumentTitle text="Lỗi tải nội dung" />
                        <LoadErrorPanel error on_retry=retry />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// The unfiltered home page.
#[component]
fn HomeContents(catalog: Rc<Catalog>) -> impl IntoView {
    let issues: Vec<IssueEntry> = catalog.issues_newest_first().into_iter().cloned().collect();
    let categories = catalog
        .categories
        .iter()
        .map(|c| {
            let (href, name) = (category_href(&c.id), c.name.to_string());
            view! {
                <li class="bt-category-link">
                    <A href=href>{name}</A>
                    <p>{c.description.to_string()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <DocumentTitle text="Trang chủ" />
        <h1 class="bt-visually-hidden">{catalog.publication.name.to_string()}</h1>
        {catalog.featured_special().cloned().map(|entry| view! { <SpecialHero entry /> })}
        <section class="bt-section" aria-labelledby="cac-so">
            <h2 id="cac-so" class="bt-section__title">"Các số mới nhất"</h2>
            <div class="bt-issue-grid">
                {issues.into_iter().map(|entry| view! { <IssueCard entry /> }).collect_view()}
            </div>
        </section>
        <section class="bt-section" aria-labelledby="chuyen-muc">
            <h2 id="chuyen-muc" class="bt-section__title">"Chuyên mục"</h2>
            <ul class="bt-category-list">{categories}</ul>
        </section>
    }
}

/// The featured special issue: cover, marker, title, occasions and a clear way in.
#[component]
fn SpecialHero(entry: IssueEntry) -> impl IntoView {
    let href = issue_href(&entry.id);
    let occasions = entry
        .occasions
        .iter()
        .map(|o| view! { <li>{o.to_string()}</li> })
        .collect_view();
    view! {
        <section class="bt-hero" aria-labelledby="so-dac-biet">
            <img
                class="bt-hero__cover"
                src=entry.cover.src.to_string()
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
                {(!entry.occasions.is_empty())
                    .then(|| view! { <ul class="bt-hero__occasions">{occasions}</ul> })}
                <p>
                    <A href=href attr:class="bt-button">
                        "Đọc số đặc biệt"
                    </A>
                </p>
            </div>
        </section>
    }
}

/// Articles of one category from every issue, newest first. Loads each issue file once (the
/// content layer caches them); one broken issue is named and the others still list.
#[component]
fn CategoryFeed(catalog: Rc<Catalog>, id: String) -> impl IntoView {
    let Some(category) = catalog.category(&id).cloned() else {
        let known = catalog
            .categories
            .iter()
            .map(|c| {
                let (href, name) = (category_href(&c.id), c.name.to_string());
                view! {
                    <li>
                        <A href=href>{name}</A>
                    </li>
                }
            })
            .collect_view();
        return view! {
            <DocumentTitle text="Không có chuyên mục này" />
            <section class="bt-not-found">
                <h1>"Không có chuyên mục này"</h1>
                <p>{format!("Bản tin không có chuyên mục mang mã “{id}”. Các chuyên mục hiện có:")}</p>
                <ul>{known}</ul>
                <p>
                    <A href="/">"Về trang chủ"</A>
                </p>
            </section>
        }
        .into_any();
    };
    let issues = LocalResource::new(content::all_issues);
    let retry = Callback::new(move |()| issues.refetch());
    let category_id = category.id.clone();
    view! {
        <DocumentTitle text=format!("Chuyên mục {}", category.name) />
        <section class="bt-section">
            <p class="bt-kicker">"Chuyên mục"</p>
            <h1 class="bt-page-title">{category.name.to_string()}</h1>
            <p class="bt-lead">{category.description.to_string()}</p>
            <p>
                <A href="/">"← Tất cả chuyên mục"</A>
            </p>
            <Transition fallback=Loading>
                {move || {
                    let category_id = category_id.clone();
                    Suspend::new(async move {
                        match issues.await {
                            Ok(loaded) => feed(&category_id, loaded).into_any(),
                            Err(error) => view! { <LoadErrorPanel error on_retry=retry /> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
    .into_any()
}

type Loaded = Vec<(IssueEntry, Result<Rc<crate::model::IssueFile>, LoadError>)>;

fn feed(category_id: &str, loaded: Loaded) -> impl IntoView {
    let mut items = Vec::new();
    let mut failures = Vec::new();
    for (entry, file) in loaded {
        match file {
            Ok(file) => {
                for article in file
                    .articles
                    .iter()
                    .filter(|a| a.category.as_str() == category_id)
                {
                    items.push((article.published, entry.clone(), article.clone()));
                }
            }
            Err(error) => failures.push((entry, error)),
        }
    }
    items.sort_by(|a, b| b.0.cmp(&a.0));
    let empty = items.is_empty();
    let list = items
        .into_iter()
        .map(|(_, entry, article)| {
            view! {
                <ArticleListItem
                    issue_id=entry.id.to_string()
                    article
                    context=entry.title.to_string()
                />
            }
        })
        .collect_view();
    let failures = (!failures.is_empty()).then(|| {
        let items = failures
            .into_iter()
            .map(|(entry, error)| view! { <li>{format!("{}: {}", entry.title, error)}</li> })
            .collect_view();
        view! {
            <div class="bt-notice" role="status">
                <p>"Một số số báo chưa tải được nên chưa có trong danh sách:"</p>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <h2 class="bt-section__title">"Bài viết"</h2>
        {empty.then(|| view! { <p>"Chưa có bài viết nào trong chuyên mục này."</p> })}
        <ul class="bt-article-list">{list}</ul>
        {failures}
    }
}
