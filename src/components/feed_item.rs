//! One article in the feed across issues or in search results.

use leptos::prelude::*;

use crate::model::routes::Route;

use super::{HighlightedText, Picture};
use crate::model::{DateTime, Image};
use crate::search::Query;

/// The article's issue and category, title, a passage (the summary, or the matching part of
/// the body), date and its picture small; search words are marked in title and passage.
///
/// The feed keys its rows by article, so a row stays in the page while a reader types and
/// only its marked words (and passage) change: `query`, `passage` and `top_level` are
/// reactive, the rest is fixed for the row's life.
#[component]
pub fn FeedItem(
    /// The article's address.
    href: Route,
    /// The title and the category's name, shown above the title.
    context: String,
    /// The article's title.
    title: String,
    /// The summary, or the matching passage of the body.
    passage: Signal<String>,
    /// When the article was published.
    published: DateTime,
    /// The search whose words to mark (`None` when not searching).
    query: Signal<Option<Query>>,
    /// Title as `<h2>` (the feed is the page, under its `<h1>`) instead of `<h3>`.
    top_level: Signal<bool>,
    /// The article's picture, shown small beside the text (its title says what it shows).
    image: Option<Image>,
) -> impl IntoView {
    let link = move || {
        let title = title.clone();
        view! {
            <a href=href.relative()>
                {move || view! { <HighlightedText text=title.clone() query=query.try_get().flatten() /> }}
            </a>
        }
    };
    let heading = move || {
        if top_level.try_get().unwrap_or(false) {
            view! { <h2 class="bt-article-item__title">{link()}</h2> }.into_any()
        } else {
            view! { <h3 class="bt-article-item__title">{link()}</h3> }.into_any()
        }
    };
    let thumb = image.is_some().then_some("");
    view! {
        <li class="bt-article-item" data-thumb=thumb>
            {image.map(|image| view! { <Picture image block="bt-article-item" sizes="8rem" decorative=true /> })}
            <p class="bt-article-item__context">{context}</p>
            {heading}
            <p class="bt-article-item__summary">
                {move || view! { <HighlightedText text=passage.try_get().unwrap_or_default() query=query.try_get().flatten() /> }}
            </p>
            <p class="bt-meta">
                <time datetime=published.iso()>{published.date.short_vi()}</time>
            </p>
        </li>
    }
}
