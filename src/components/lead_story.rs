//! The story an issue or the front page leads with, large at the top.

use leptos::prelude::*;

use super::{Kicker, Picture};
use crate::index::Row;
use crate::model::routes::Route;
use crate::model::{Article, Category, DateTime, Image};

/// What a lead story shows of an article: from the issue's file or from a row of the
/// build's index (which has no reading time).
#[derive(Clone)]
pub struct Story {
    pub href: Route,
    pub title: String,
    pub summary: String,
    pub published: DateTime,
    pub image: Option<Image>,
    pub minutes: Option<String>,
}

impl Story {
    pub fn of_article(issue_id: &str, article: &Article) -> Story {
        Story {
            href: Route::article(issue_id, &article.id),
            title: article.title.to_string(),
            summary: article.summary.to_string(),
            published: article.published,
            image: article.image.clone(),
            minutes: Some(article.reading_time_vi()),
        }
    }

    pub fn of_row(row: &Row) -> Story {
        Story {
            href: Route::article(&row.issue, &row.article),
            title: row.title.clone(),
            summary: row.summary.clone(),
            published: row.published,
            image: row.image.clone(),
            minutes: None,
        }
    }
}

/// The lead story: its picture, its category as a kicker, a large title, summary and date.
#[component]
pub fn LeadStory(
    story: Story,
    /// Its category, when the catalog has it.
    category: Option<Category>,
) -> impl IntoView {
    let Story {
        href,
        title,
        summary,
        published,
        image,
        minutes,
    } = story;
    view! {
        <article class="bt-lead-story">
            {image
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
                    <a href=href.relative()>{title}</a>
                </h3>
                <p class="bt-lead-story__summary">{summary}</p>
                <p class="bt-meta">
                    <time datetime=published.iso()>{published.date.short_vi()}</time>
                    {minutes.map(|minutes| view! { " " <span class="bt-nowrap">"· " {minutes}</span> })}
                </p>
            </div>
        </article>
    }
}
