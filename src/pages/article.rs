//! `/so/<issue-id>/<article-id>`: one article with its meta, body, figures and neighbours.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::app::{article_href, category_href, issue_href, relative};
use crate::components::{
    ArticleBody, Breadcrumbs, Crumb, DocumentTitle, Figure, LoadErrorPanel, Loading, ShareBar,
};
use crate::content::{self, LoadedIssue};
use crate::model::Article;
use crate::pages::NotFoundPage;

/// An article's page.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let issue_id = move || params.read().get("issue").unwrap_or_default();
    let article_id = Memo::new(move |_| params.read().get("article").unwrap_or_default());
    let issue = LocalResource::new(move || {
        let id = issue_id();
        async move { content::issue(&id).await }
    });
    let retry = Callback::new(move |()| issue.refetch());

    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                let loaded = issue.await;
                let article_id = article_id.get();
                match loaded {
                    Ok(Some(loaded)) => {
                        match loaded.file.article(&article_id).cloned() {
                            Some(article) => view! { <ArticleContents loaded article /> }.into_any(),
                            None => view! { <NotFoundPage /> }.into_any(),
                        }
                    }
                    Ok(None) => view! { <NotFoundPage /> }.into_any(),
                    Err(error) => view! { <LoadErrorPanel error on_retry=retry page_title="Lỗi tải bài viết" /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
pub fn ArticleContents(loaded: LoadedIssue, article: Article) -> impl IntoView {
    let LoadedIssue {
        catalog,
        entry,
        file,
        ..
    } = loaded;
    let issue_id = entry.id.to_string();
    let category = catalog.category(&article.category).cloned();
    let (previous, next) = file.neighbours(&article.id);
    let neighbour = |a: Option<&Article>, rel: &'static str, label: &'static str| {
        a.map(|a| {
            let href = article_href(&issue_id, &a.id);
            let title = a.title.to_string();
            view! {
                <a href=relative(&href) class=format!("bt-pager__{rel}") rel=rel>
                    <span class="bt-pager__label">{label}</span>
                    <span class="bt-pager__title">{title}</span>
                </a>
            }
        })
    };
    let pager_previous = neighbour(previous, "prev", "← Bài trước");
    let pager_next = neighbour(next, "next", "Bài sau →");
    view! {
        <DocumentTitle text=article.title.to_string() />
        <Breadcrumbs crumbs=vec![
            Crumb { label: "Trang chủ".into(), href: Some("/".into()) },
            Crumb { label: entry.title.to_string(), href: Some(issue_href(&entry.id)) },
            Crumb { label: article.title.to_string(), href: None },
        ] />
        <article class="bt-article">
            <header class="bt-article__header">
                {category
                    .map(|c| {
                        view! {
                            <p class="bt-kicker">
                                <a href=relative(&category_href(&c.id))>{c.name.to_string()}</a>
                            </p>
                        }
                    })}
                <h1 class="bt-page-title">{article.title.to_string()}</h1>
                <p class="bt-meta">
                    <time datetime=article.published.iso()>
                        {article.published.date.long_vi()} " · " {article.published.time_vi()}
                    </time> " · " {article.author.to_string()} " · "
                    {format!("{} phút đọc", article.reading_minutes())}
                </p>
                <p class="bt-lead">{article.summary.to_string()}</p>
            </header>
            {article.image.clone().map(|image| view! { <Figure image eager=true /> })}
            <ArticleBody blocks=article.body.clone() />
            <ShareBar title=article.title.to_string() path=article_href(&entry.id, &article.id) />
        </article>
        <nav class="bt-pager" aria-label="Bài khác trong số này">
            {pager_previous}
            {pager_next}
        </nav>
        <p class="bt-back">
            <a href=relative(&issue_href(&entry.id))>{format!("↑ Về mục lục {}", entry.title)}</a>
        </p>
    }
}
