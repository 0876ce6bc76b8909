//! One article in a list: table of contents, category feed.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::article_href;
use crate::model::Article;

/// A link to an article with its summary and date, for tables of contents and feeds.
#[component]
pub fn ArticleListItem(
    /// The issue the article belongs to (for its URL).
    issue_id: String,
    /// The article.
    article: Article,
    /// A line shown above the title, such as the issue's name in a feed across issues.
    #[prop(optional)]
    context: Option<String>,
    /// Title as `<h4>` instead of `<h3>`, when the list sits under an `<h3>` of its own.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let href = article_href(&issue_id, &article.id);
    let title = article.title.to_string();
    let minutes = format!("{} phút đọc", article.reading_minutes());
    view! {
        <li class="bt-article-item">
            {context.map(|c| view! { <p class="bt-article-item__context">{c}</p> })}
            {if nested {
                view! {
                    <h4 class="bt-article-item__title">
                        <A href=href>{title}</A>
                    </h4>
                }
                    .into_any()
            } else {
                view! {
                    <h3 class="bt-article-item__title">
                        <A href=href>{title}</A>
                    </h3>
                }
                    .into_any()
            }}
            <p class="bt-article-item__summary">{article.summary.to_string()}</p>
            <p class="bt-meta">
                <time datetime=article.published.iso()>{article.published.date.short_vi()}</time>
                " · "
                {minutes}
            </p>
        </li>
    }
}
