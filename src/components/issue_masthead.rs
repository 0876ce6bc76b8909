//! An issue's own header: cover, number, date, summary and occasions.

use leptos::prelude::*;

use super::issue_card::issue_label;
use super::{Cover, OccasionList};
use crate::model::{IssueEntry, IssueKind};

/// The header an issue's page and its printed copy open with; a special issue's is red.
/// `children` go last (the issue page's link to its printed copy).
#[component]
pub fn IssueMasthead(
    entry: IssueEntry,
    /// How many articles the issue has.
    articles: usize,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let special = entry.kind == IssueKind::Special;
    let label = issue_label(&entry);
    view! {
        <header class="bt-masthead" data-kind=if special { "special" } else { "regular" }>
            <Cover image=entry.cover.clone() class="bt-masthead__cover" />
            <div class="bt-masthead__text">
                {special.then(|| view! { <p class="bt-badge">"Số đặc biệt"</p> })}
                <h1 class="bt-page-title">{entry.title.to_string()}</h1>
                <p class="bt-meta">
                    {label} " · "
                    <time datetime=entry.date.iso()>{entry.date.long_vi()}</time> " "
                    <span class="bt-nowrap">{format!("· {articles} bài viết")}</span>
                </p>
                <p class="bt-lead">{entry.summary.to_string()}</p>
                <OccasionList occasions=entry.occasions.clone() />
                {children.map(|children| children())}
            </div>
        </header>
    }
}
