//! An issue in a list of issues.

use leptos::prelude::*;

use crate::app::{issue_href, relative};
use crate::content;
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
            <img
                class="bt-issue-card__cover"
                src=content::image_url(&entry.cover.src)
                width=entry.cover.width
                height=entry.cover.height
                alt=""
                loading="lazy"
                decoding="async"
            />
            <div class="bt-issue-card__text">
                {special.then(|| view! { <p class="bt-badge">"Số đặc biệt"</p> })}
                <h3 class="bt-issue-card__title">
                    <a href=relative(&issue_href(&entry.id))>{entry.title.to_string()}</a>
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
