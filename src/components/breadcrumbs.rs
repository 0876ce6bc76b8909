//! The trail from the home page to where the reader is.

use leptos::prelude::*;

use crate::model::routes::Route;

/// One step of the trail: a label, and a link unless it is the current page.
#[derive(Clone, Debug)]
pub struct Crumb {
    pub label: String,
    pub href: Option<Route>,
}

/// Breadcrumbs as an ordered list in a labelled navigation landmark; the current page is
/// marked with `aria-current="page"`.
#[component]
pub fn Breadcrumbs(
    /// The steps, home first, current page last.
    crumbs: Vec<Crumb>,
) -> impl IntoView {
    let items = crumbs
        .into_iter()
        .map(|crumb| match crumb.href {
            Some(href) => view! {
                <li>
                    <a href=href.relative()>{crumb.label}</a>
                </li>
            }
            .into_any(),
            None => view! {
                <li>
                    <span aria-current="page">{crumb.label}</span>
                </li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="bt-breadcrumbs" aria-label="Đường dẫn">
            <ol>{items}</ol>
        </nav>
    }
}
