//! An issue in a list of issues.

use leptos::prelude::*;

use super::Cover;
use crate::model::routes::Route;
use crate::model::{IssueEntry, IssueKind};

/// A card for one issue: cover, "Số đặc biệt" badge when special, number and date, summary.
#[component]
pub fn IssueCard(
    /// The issue as the catalog lists it.
    entry: IssueEntry,
) -> impl IntoView {
    let special = entry.kind == IssueKind::Special;
    let label = issue_label(&entry);
    view! {
        <article class="bt-issue-card" data-kind=if special { "special" } else { "regular" }>
            <Cover image=entry.cover.clone() class="bt-issue-card__cover" in_list=true />
            <div class="bt-issue-card__text">
                {special.then(|| view! { <p class="bt-badge">"Số đặc biệt"</p> })}
                <h3 class="bt-issue-card__title">
                    <a href=Route::issue(&entry.id).relative()>{entry.title.to_string()}</a>
                </h3>
                <p class="bt-meta">
                    {label} " · "
                    <time datetime=entry.date.iso()>{entry.date.short_vi()}</time>
                </p>
                <p class="bt-issue-card__summary">{entry.summary.to_string()}</p>
            </div>
        </article>
    }
}

/// "Số 11" for regular issues, "Số đặc biệt" for special ones.
pub fn issue_label(entry: &IssueEntry) -> String {
    match entry.kind {
        IssueKind::Special => "Số đặc biệt".to_owned(),
        IssueKind::Regular => format!("Số {}", entry.number),
    }
}
