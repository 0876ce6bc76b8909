//! `/luu-tru` and `/luu-tru/<year>`: every issue, a year at a time, newest year first,
//! with the years as links.

use std::rc::Rc;

use leptos::prelude::*;

use crate::app::use_route;
use crate::components::{titles, Breadcrumbs, Crumb, DocumentTitle, IssueCard};
use crate::content::Store;
use crate::model::index;
use crate::model::routes::Route;
use crate::model::Catalog;
use crate::pages::loaded::Loaded;

/// The archive's page.
#[component]
pub fn ArchivePage() -> impl IntoView {
    let route = use_route();
    let year = Memo::new(move |_| match route.get() {
        Some(Route::Archive { year }) => year,
        _ => None,
    });
    let catalog = Store::use_store().catalog();
    let page = move |catalog: Rc<Catalog>| archive_contents(catalog, year.get());
    view! { <Loaded resource=catalog view=page error_title="Lỗi tải lưu trữ" /> }
}

/// One year's issues (the newest year's when `year` is `None`) and the list of years;
/// `None` for a year with no issue.
pub fn archive_contents(catalog: Rc<Catalog>, year: Option<u16>) -> Option<impl IntoView> {
    let years = index::years(&catalog);
    let (shown, issues) = match year {
        None => years.first().map(|(y, list)| (*y, list.clone()))?,
        Some(wanted) => years
            .iter()
            .find(|(y, _)| *y == wanted)
            .map(|(y, list)| (*y, list.clone()))?,
    };
    let title = match year {
        None => titles::ARCHIVE.to_owned(),
        Some(y) => format!("Các số năm {y}"),
    };
    let year_links = years
        .iter()
        .map(|(y, list)| {
            let current = (*y == shown).then_some("page");
            let href = if Some(*y) == years.first().map(|(f, _)| *f) {
                Route::ARCHIVE
            } else {
                Route::Archive { year: Some(*y) }
            };
            view! {
                <li>
                    <a class="bt-chip" href=href.relative() aria-current=current>
                        {format!("Năm {y}")}
                        " "
                        <span class="bt-chip__count">{format!("({} số)", list.len())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let cards = issues
        .into_iter()
        .cloned()
        .map(|entry| view! { <IssueCard entry /> })
        .collect_view();
    Some(view! {
        <DocumentTitle text=title.clone() />
        <Breadcrumbs crumbs=vec![Crumb::home()] />
        <h1 class="bt-page-title">{title}</h1>
        <nav class="bt-chips" aria-label="Chọn năm">
            <ul>{year_links}</ul>
        </nav>
        <section class="bt-section" aria-labelledby="so-trong-nam">
            <h2 id="so-trong-nam" class="bt-section__title">{format!("Năm {shown}")}</h2>
            <div class="bt-issue-grid">{cards}</div>
        </section>
    })
}
