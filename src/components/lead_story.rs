//! The story an issue leads with, large at the top of its table of contents.

use leptos::prelude::*;

use super::{Kicker, Picture};
use crate::model::routes::Route;
use crate::model::{Article, Category};

/// The lead story: its picture, its category as a kicker, a large title, summary and date.
#[component]
pub fn LeadStory(
    /// The issue it leads (for its address).
    issue_id: String,
    /// The article.
    article: Article,
    /// Its category, when the catalog has it.
    category: Option<Category>,
) -> impl IntoView {
    let href = Route::article(&issue_id, &article.id).relative();
    let minutes = article.reading_time_vi();
    view! {
        <article class="bt-lead-story">
            {article
                .image
                .clone()
                .map(|image| {
                    view! {
                        <Picture
                            image
                            block="bt-lead-story"
                            sizes="(min-width: 48rem) 36rem, 100vw"
                            eager=true
                            decorative=true
                        />
                    }
                })}
            <div class="bt-lead-story__text">
                {category.map(|category| view! { <Kicker category /> })}
                <h3 class="bt-lead-story__title">
                    <a href=href>{article.title.to_string()}</a>
                </h3>
                <p class="bt-lead-story__summary">{article.summary.to_string()}</p>
                <p class="bt-meta">
                    <time datetime=article.published.iso()>{article.published.date.short_vi()}</time>
                    " "
                    <span class="bt-nowrap">"· " {minutes}</span>
                </p>
            </div>
        </article>
    }
}
