//! "Cùng chuyên mục": other articles of an article's category, under it.

use leptos::prelude::*;

use crate::model::index::Row;
use crate::model::routes::Route;

/// How many other articles an article shows.
pub const RELATED: usize = 3;

/// A short list of other articles of the category: title, issue and date. Nothing when
/// there is none.
#[component]
pub fn RelatedArticles(
    /// The category's name, for the heading.
    category: String,
    /// The articles, newest first.
    rows: Vec<Row>,
) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let items = rows
            .into_iter()
            .map(|row| {
                view! {
                    <li class="bt-related__item">
                        <a href=Route::article(&row.issue, &row.article).relative()>{row.title}</a>
                        <p class="bt-meta">
                            {row.issue_title} " · "
                            <time class="bt-nowrap" datetime=row.published.date.iso()>{row.published.date.short_vi()}</time>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="bt-related" aria-labelledby="cung-chuyen-muc">
                <h2 id="cung-chuyen-muc" class="bt-related__title">
                    {format!("Cùng chuyên mục {category}")}
                </h2>
                <ul class="bt-related__list">{items}</ul>
            </section>
        }
    })
}
