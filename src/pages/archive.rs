//! `/luu-tru` and `/luu-tru/<year>`: every issue, a year at a time, newest year first,
//! with the years as links.

use std::rc::Rc;

use leptos::prelude::*;

use crate::app::use_route;
use crate::components::{titles, Breadcrumbs, Crumb, DocumentTitle, IssueCard};
use crate::content::Store;
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

/// The most issue cards `/luu-tru` shows: whole years, newest first, until the next year
/// would pass this (the newest year always); the years after it are links to their pages, so
/// the page stays the same size however long the archive grows.
pub const ARCHIVE_CARDS: usize = 24;

/// How many of the years (their issue counts, newest first) fit in `max` cards, whole: at
/// least the first.
fn years_shown(counts: &[usize], max: usize) -> usize {
    let mut cards = 0;
    counts
        .iter()
        .take_while(|&&count| {
            let fits = cards == 0 || cards + count <= max;
            cards += count;
            fits
        })
        .count()
}

/// Every year's issues, newest first (as many as [`ARCHIVE_CARDS`] allows, the rest as links
/// to their years) when `year` is `None`, else that year's; with the list of years. `None`
/// for a year with no issue.
pub fn archive_contents(catalog: Rc<Catalog>, year: Option<u16>) -> Option<impl IntoView> {
    let years = catalog.issues_by_year();
    let (title, shown) = match year {
        None => {
            let counts: Vec<usize> = years.iter().map(|(_, list)| list.len()).collect();
            (
                titles::ARCHIVE.to_owned(),
                &years[..years_shown(&counts, ARCHIVE_CARDS)],
            )
        }
        Some(wanted) => {
            let at = years.iter().position(|(y, _)| *y == wanted)?;
            (format!("Các số năm {wanted}"), &years[at..=at])
        }
    };
    if shown.is_empty() {
        return None;
    }
    let year_link = |y: u16, count: usize| {
        let current = (Some(y) == year).then_some("page");
        view! {
            <a class="bt-chip" href=Route::Archive { year: Some(y) }.relative() aria-current=current>
                {format!("Năm {y}")}
                " "
                <span class="bt-chip__count">{format!("({count} số)")}</span>
            </a>
        }
    };
    let year_links = years
        .iter()
        .map(|(y, list)| view! { <li>{year_link(*y, list.len())}</li> })
        .collect_view();
    let sections = shown
        .iter()
        .map(|(y, issues)| {
            let (id, labelled_by) = (format!("nam-{y}"), format!("nam-{y}"));
            let cards = issues
                .iter()
                .map(|entry| view! { <IssueCard entry=(*entry).clone() /> })
                .collect_view();
            view! {
                <section class="bt-section" aria-labelledby=labelled_by>
                    <h2 id=id class="bt-section__title">{format!("Năm {y}")}</h2>
                    <div class="bt-issue-grid">{cards}</div>
                </section>
            }
        })
        .collect_view();
    // The years whose cards the page does not show, each a link to its own page.
    let earlier = &years[shown.len()..];
    let earlier = (year.is_none() && !earlier.is_empty()).then(|| {
        let links = earlier
            .iter()
            .map(|(y, list)| view! { <li>{year_link(*y, list.len())}</li> })
            .collect_view();
        view! {
            <section class="bt-section" aria-labelledby="cac-nam-truoc">
                <h2 id="cac-nam-truoc" class="bt-section__title">"Các năm trước"</h2>
                <ul class="bt-year-links">{links}</ul>
            </section>
        }
    });
    let mut crumbs = vec![Crumb::home()];
    if year.is_some() {
        crumbs.push(Crumb {
            label: titles::ARCHIVE.to_owned(),
            href: Route::ARCHIVE,
        });
    }
    Some(view! {
        <DocumentTitle text=title.clone() />
        <Breadcrumbs crumbs />
        <h1 class="bt-page-title">{title}</h1>
        <nav class="bt-chips bt-chips--wrap" aria-label="Chọn năm">
            <ul>{year_links}</ul>
        </nav>
        {sections}
        {earlier}
    })
}

#[cfg(test)]
mod tests {
    use super::years_shown;

    #[test]
    fn the_archive_shows_whole_years_up_to_its_cards_and_always_the_newest() {
        assert_eq!(years_shown(&[], 24), 0);
        assert_eq!(years_shown(&[1, 3], 24), 2);
        assert_eq!(years_shown(&[12, 12, 12], 24), 2);
        assert_eq!(years_shown(&[13, 12, 1], 24), 1);
        assert_eq!(
            years_shown(&[30, 1], 24),
            1,
            "a year of more issues than fit still shows"
        );
    }
}
