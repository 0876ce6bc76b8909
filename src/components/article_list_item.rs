//! One article in an issue's table of contents.

use leptos::prelude::*;

use crate::model::routes::Route;
use crate::model::Article;

/// A link to an article with its summary, date and reading time, for tables of contents.
#[component]
pub fn ArticleListItem(
    /// The issue the article belongs to (for its URL).
    issue_id: String,
    /// The article.
    article: Article,
    /// Title as `<h4>` instead of `<h3>`, when the list sits under an `<h3>` of its own.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let href = Route::article(&issue_id, &article.id).relative();
    let title = article.title.to_string();
    let minutes = article.reading_time_vi();
    view! {
        <li class="bt-article-item">
            {if nested {
                view! {
                    <h4 class="bt-article-item__title">
                        <a href=href.clone()>{title}</a>
                    </h4>
                }
                    .into_any()
            } else {
                view! {
                    <h3 class="bt-article-item__title">
                        <a href=href.clone()>{title}</a>
                    </h3>
                }
                    .into_any()
            }}
            <p class="bt-article-item__summary">{article.summary.to_string()}</p>
            <p class="bt-meta">
                <time datetime=article.published.iso()>{article.published.date.short_vi()}</time>
                " "
                <span class="bt-nowrap">"· " {minutes}</span>
            </p>
        </li>
    }
}
