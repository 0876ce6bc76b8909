//! `/so/<issue-id>/<article-id>`: one article with its meta, body, figures and neighbours.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{
    self, ArticleBody, Breadcrumbs, Crumb, DocumentTitle, Figure, Kicker, RelatedArticles,
    ShareBar, TextSize, RELATED,
};
use crate::content::{LoadedIssue, Store};
use crate::index::{self, Listing, Row};
use crate::model::routes::{param, Route};
use crate::model::{Article, Category};
use crate::pages::loaded::Loaded;
use crate::pages::not_found::MissingArticlePage;
use crate::readiness;

/// An article's page.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let issue =
        Store::use_store().issue(move || params.read().get(param::ISSUE).unwrap_or_default());
    let article_id = Memo::new(move |_| params.read().get(param::ARTICLE).unwrap_or_default());
    let page = move |loaded: Option<LoadedIssue>| {
        let loaded = loaded?;
        Some(match loaded.file.article(&article_id.get()).cloned() {
            Some(article) => view! { <ArticleContents loaded article /> }.into_any(),
            None => view! { <MissingArticlePage entry=loaded.entry.clone() /> }.into_any(),
        })
    };
    view! { <Loaded resource=issue view=page error_title="Lỗi tải bài viết" /> }
}

/// An article with its details, body, share buttons, its neighbours in the issue and other
/// articles of its category: `related` when the caller has them (the page writer, from the
/// build's index), else loaded from the category's first page of that index.
#[component]
pub fn ArticleContents(
    loaded: LoadedIssue,
    article: Article,
    #[prop(optional)] related: Option<Vec<Row>>,
) -> impl IntoView {
    let LoadedIssue {
        catalog,
        entry,
        file,
        ..
    } = loaded;
    let issue_id = entry.id.to_string();
    let category = catalog.category(&article.category).cloned();
    let related_category = category.clone();
    let (previous, next) = file.neighbours(&catalog, &article.id);
    let neighbour = |a: Option<&Article>, rel: &'static str, label: &'static str| {
        a.map(|a| {
            let href = Route::article(&issue_id, &a.id).relative();
            let title = a.title.to_string();
            view! {
                <a href=href class=format!("bt-pager__{rel}") rel=rel>
                    <span class="bt-pager__label">{label}</span>
                    <span class="bt-pager__title">{title}</span>
                </a>
            }
        })
    };
    // The issue's others, where the category has too few.
    let fill: Vec<Row> = index::rows_of(&entry, &file)
        .into_iter()
        .filter(|row| row.article != *article.id)
        .collect();
    let pager_previous = neighbour(previous, "prev", "← Bài trước");
    let pager_next = neighbour(next, "next", "Bài sau →");
    view! {
        <DocumentTitle text=article.title.to_string() />
        // One centred reading column: the trail, the article, the way on.
        <div class="bt-reading">
        <Breadcrumbs crumbs=vec![
            Crumb::home(),
            Crumb::issue(&entry),
        ] />
        <article class="bt-article">
            <header class="bt-article__header">
                {category.map(|category| view! { <Kicker category /> })}
                <h1 class="bt-page-title">{article.title.to_string()}</h1>
                <div class="bt-article__byline">
                    <p class="bt-meta">
                        <time datetime=article.published.iso()>
                            {article.published.date.long_vi()} " · " {article.published.time_vi()}
                        </time> " "
                        <span class="bt-nowrap">"· " {article.reading_time_vi()}</span>
                    </p>
                    <TextSize />
                </div>
                <p class="bt-sapo">{article.summary.to_string()}</p>
            </header>
            {article.image.clone().map(|image| view! { <Figure image eager=true /> })}
            <ArticleBody blocks=article.body.clone() />
            <p class="bt-article__signature">{article.author.to_string()}</p>
            <ShareBar title=article.title.to_string() path=Route::article(&entry.id, &article.id).href() />
        </article>
        <nav class="bt-pager" aria-label="Bài khác trong số này">
            {pager_previous}
            {pager_next}
        </nav>
        <p class="bt-back">
            <a href=Route::issue(&entry.id).relative()>{format!("↑ Về mục lục {}", entry.title)}</a>
        </p>
        {related_category.map(|category| match related {
            Some(rows) => {
                let rows = components::related_articles::related(rows, fill);
                view! { <RelatedArticles category=(category.id.to_string(), category.name.to_string()) rows /> }.into_any()
            }
            None => view! { <RelatedLoader category issue=entry.id.to_string() article=article.id.to_string() fill /> }.into_any(),
        })}
        </div>
    }
}

/// "Cùng chuyên mục" from the category's first page of the build's index (a file of a few
/// rows, whatever the archive's size). A failed load shows nothing: the article is whole
/// without it.
#[component]
fn RelatedLoader(
    category: Category,
    issue: String,
    article: String,
    fill: Vec<Row>,
) -> impl IntoView {
    let id = category.id.to_string();
    let listing = Store::use_store().listing(move || Listing::Category(id.clone()));
    // The hand-over waits for it, so the written page's list is there when the app takes
    // over.
    readiness::track_load(move || listing.try_with(Option::is_none).unwrap_or(false));
    let names = (category.id.to_string(), category.name.to_string());
    view! {
        <Transition fallback=|| ()>
            {move || {
                let (names, issue, article, fill) =
                    (names.clone(), issue.clone(), article.clone(), fill.clone());
                Suspend::new(async move {
                    match listing.await {
                        Ok(Some(loaded)) => {
                            let rows = loaded.first.others(&issue, &article, RELATED);
                            let rows = components::related_articles::related(rows, fill);
                            view! { <RelatedArticles category=names rows /> }.into_any()
                        }
                        _ => ().into_any(),
                    }
                })
            }}
        </Transition>
    }
}
