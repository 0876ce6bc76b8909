//! One article in the feed across issues or in search results.

use leptos::prelude::*;
use leptos_router::components::A;

use super::HighlightedText;
use crate::app::article_href;
use crate::model::{Article, IssueEntry};

/// The article's issue, title, a passage (the summary, or the matching part of the body),
/// date and category; search words are marked in title and passage.
#[component]
pub fn FeedItem(
    /// The issue the article is in.
    issue: IssueEntry,
    /// The article.
    article: Article,
    /// The article's category name.
    category_name: String,
    /// Folded search words to mark (empty when not searching).
    terms: Vec<String>,
    /// The matching passage of the body, when the match is only there.
    excerpt: Option<String>,
    /// Title as `<h2>` (the feed is the page, under its `<h1>`) instead of `<h3>`.
    #[prop(optional)]
    top_level: bool,
) -> impl IntoView {
    let href = article_href(&issue.id, &article.id);
    let passage = excerpt.unwrap_or_else(|| article.summary.to_string());
    let title = article.title.to_string();
    let title_terms = terms.clone();
    view! {
        <li class="bt-article-item">
            <p class="bt-article-item__context">{issue.title.to_string()} " · " {category_name}</p>
            {
                let link = view! {
                    <A href=href>
                        <HighlightedText text=title terms=title_terms />
                    </A>
                };
                if top_level {
                    view! { <h2 class="bt-article-item__title">{link}</h2> }.into_any()
                } else {
                    view! { <h3 class="bt-article-item__title">{link}</h3> }.into_any()
                }
            }
            <p class="bt-article-item__summary">
                <HighlightedText text=passage terms />
            </p>
            <p class="bt-meta">
                <time datetime=article.published.iso()>{article.published.date.short_vi()}</time>
            </p>
        </li>
    }
}
