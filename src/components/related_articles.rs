//! "Cùng chuyên mục": other articles of an article's category, under it, or of its issue
//! where the category has too few.

use leptos::prelude::*;

use crate::index::Row;
use crate::model::routes::Route;

/// How many other articles an article shows.
pub const RELATED: usize = 3;

/// `rows` (the category's others, newest first), then `fill` (the issue's others, in its
/// order) where the category has fewer than [`RELATED`]; no article twice.
pub fn related(rows: Vec<Row>, fill: Vec<Row>) -> Vec<Row> {
    let mut out: Vec<Row> = rows.into_iter().take(RELATED).collect();
    for row in fill {
        if out.len() == RELATED {
            break;
        }
        if !out
            .iter()
            .any(|r| r.issue == row.issue && r.article == row.article)
        {
            out.push(row);
        }
    }
    out
}

/// A short list of other articles: title, issue and date; headed "Cùng chuyên mục …" when
/// all are of the category, else "Đọc thêm". Nothing when there is none.
#[component]
pub fn RelatedArticles(
    /// The category's id and name, for the heading.
    category: (String, String),
    /// The articles, from [`related`].
    rows: Vec<Row>,
) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let (id, name) = category;
        let heading = if rows.iter().all(|row| row.category == id) {
            format!("Cùng chuyên mục {name}")
        } else {
            "Đọc thêm".to_owned()
        };
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
                    {heading}
                </h2>
                <ul class="bt-related__list">{items}</ul>
            </section>
        }
    })
}
