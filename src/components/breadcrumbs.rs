//! The trail from the home page to the page above the reader's.

use leptos::prelude::*;

use crate::model::routes::Route;
use crate::model::IssueEntry;

/// One step of the trail: a label and its page.
#[derive(Clone, Debug)]
pub struct Crumb {
    pub label: String,
    pub href: Route,
}

impl Crumb {
    /// The first step of every trail.
    pub fn home() -> Crumb {
        Crumb {
            label: "Trang chủ".into(),
            href: Route::HOME,
        }
    }

    /// An issue's page, by its title (above its articles and its printed copy).
    pub fn issue(entry: &IssueEntry) -> Crumb {
        Crumb {
            label: entry.title.to_string(),
            href: Route::issue(&entry.id),
        }
    }
}

/// Breadcrumbs as an ordered list of links in a labelled navigation landmark, home first,
/// the page above this one last. The current page is not repeated: its title is the `<h1>`
/// right below.
#[component]
pub fn Breadcrumbs(
    /// The steps, home first.
    crumbs: Vec<Crumb>,
) -> impl IntoView {
    let items = crumbs
        .into_iter()
        .map(|crumb| {
            view! {
                <li>
                    <a href=crumb.href.relative()>{crumb.label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="bt-breadcrumbs" aria-label="Đường dẫn">
            <ol>{items}</ol>
        </nav>
    }
}
