//! `/ban-in/<issue-id>`: a whole issue on one page, to print or save as PDF: its header, its
//! table of contents and every article in full, in the editorial order "Bài sau" walks.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{
    titles, ArticleBody, Breadcrumbs, Crumb, DocumentTitle, Figure, IssueMasthead, PrintAddress,
};
use crate::content::{LoadedIssue, Store};
use crate::model::routes::{param, Route};
use crate::pages::loaded::Loaded;

/// The printed copy of an issue.
#[component]
pub fn IssuePrintPage() -> impl IntoView {
    let params = use_params_map();
    let issue =
        Store::use_store().issue(move || params.read().get(param::ISSUE).unwrap_or_default());
    let page = move |loaded: Option<LoadedIssue>| {
        loaded.map(|loaded| view! { <IssuePrintContents loaded /> })
    };
    view! { <Loaded resource=issue view=page error_title="Lỗi tải bản in" /> }
}

/// The id of an article's place on the printed copy, which its contents line links to.
fn anchor(article_id: &str) -> String {
    format!("bai-{article_id}")
}

/// The issue's header, its contents (each line a link to its article below) and every
/// article, each starting a new sheet when printed.
#[component]
pub fn IssuePrintContents(loaded: LoadedIssue) -> impl IntoView {
    let LoadedIssue {
        catalog,
        entry,
        file,
        ..
    } = loaded;
    let order = file.reading_order(&catalog);
    let here = Route::print(&entry.id);
    let category_name = |id: &str| catalog.category(id).map(|c| c.name.to_string());
    let contents = order
        .iter()
        .map(|article| {
            let href = here.relative_to(&anchor(&article.id));
            let category = category_name(&article.category)
                .map(|name| view! { <span class="bt-print-toc__category">{name}</span> });
            view! {
                <li>
                    <a href=href>{article.title.to_string()}</a>
                    {category}
                </li>
            }
        })
        .collect_view();
    let articles = order
        .iter()
        .map(|article| {
            let id = anchor(&article.id);
            let heading = format!("{id}-tieu-de");
            let labelled_by = heading.clone();
            let address = Route::article(&entry.id, &article.id).path();
            let category = category_name(&article.category)
                .map(|name| view! { <p class="bt-kicker">{name}</p> });
            view! {
                <article id=id class="bt-print-article" aria-labelledby=labelled_by>
                    {category}
                    <h2 id=heading class="bt-print-article__title">{article.title.to_string()}</h2>
                    <p class="bt-meta">
                        <time datetime=article.published.iso()>
                            {article.published.date.long_vi()} " · " {article.published.time_vi()}
                        </time> " · " {article.author.to_string()}
                    </p>
                    <p class="bt-sapo">{article.summary.to_string()}</p>
                    {article.image.clone().map(|image| view! { <Figure image eager=true /> })}
                    <ArticleBody blocks=article.body.clone() nested=true />
                    <PrintAddress path=address label="Đọc trên bản tin:" />
                </article>
            }
        })
        .collect_view();
    let count = order.len();
    // The printed copy has no site header: its first sheet names who publishes it.
    let publication = &catalog.publication;
    let publisher = view! {
        <p class="bt-print-publisher">
            <span class="bt-print-publisher__by">{publication.publisher.to_string()}</span>
            <span class="bt-print-publisher__name">{publication.name.to_string()}</span>
        </p>
    };
    view! {
        <DocumentTitle text=titles::print(&entry.title) />
        <div class="bt-print">
            <Breadcrumbs crumbs=vec![
                Crumb::home(),
                Crumb::issue(&entry),
            ] />
            <div class="bt-print-bar">
                <p>
                    {format!(
                        "Bản in cả số: trang bìa, mục lục và toàn văn {count} bài viết, mỗi bài bắt đầu một trang mới."
                    )}
                </p>
                <PrintButton />
            </div>
            {publisher}
            <IssueMasthead entry=entry.clone() articles=count />
            <nav class="bt-print-toc" aria-labelledby="muc-luc">
                <h2 id="muc-luc" class="bt-section__title">"Mục lục"</h2>
                <ol class="bt-print-toc__list">{contents}</ol>
            </nav>
            {articles}
        </div>
    }
}

/// The key (`handover::KEY`) of the print button, which the written page's script answers
/// before any app (`publish/shell/js/page.js`).
pub const PRINT_KEY: &str = "print";

/// Opens the browser's print dialogue, where "Lưu dưới dạng PDF" is one of the printers.
#[component]
fn PrintButton() -> impl IntoView {
    let print = move |_| {
        if let Some(window) = crate::dom::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="bt-button" data-key=PRINT_KEY on:click=print>
            "In hoặc lưu PDF"
        </button>
    }
}
