//! `/`: the newest issue first, then the special issue the catalog features (`featured`),
//! the issues before them with a way to the archive, and the newest articles from the
//! build's index with category chips and "Xem thêm".
//! The old addresses of search and of a category (`/?q=`, `/?chuyen-muc=`) lead to theirs.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::{current_site_path, use_route};
use crate::components::issue_card::issue_label;
use crate::components::{titles, Cover, DocumentTitle, IssueCard, OccasionList};
use crate::content::listing::{FrontCatalog, LoadedListing};
use crate::content::Store;
use crate::model::index::Listing;
use crate::model::routes::Route;
use crate::model::{Catalog, IssueEntry, IssueKind};
use crate::pages::listing::ListingBody;
use crate::pages::loaded::Loaded;

/// Issues the front page lists below the newest and the featured special issue; the archive
/// has every one. The catalog's head the build writes keeps enough
/// (`model::index::HEAD_ISSUES`).
pub const PREVIOUS_ISSUES: usize = 4;
const _: () = assert!(PREVIOUS_ISSUES < crate::model::index::HEAD_ISSUES);

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let route = use_route();
    let navigate = use_navigate();
    let location = use_location();
    // `/?q=…` and `/?chuyen-muc=…` read back as search and a category: go there, in place.
    // Only at the home address: a link from home to a category also changes the route
    // before this page goes, and must stay a new entry in the history.
    Effect::new(move |_| {
        let at_home = current_site_path(&location.pathname.get())
            .trim_matches('/')
            .is_empty();
        if !at_home {
            return;
        }
        if let Some(old @ (Route::Search { .. } | Route::Category { .. })) = route.get() {
            let options = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(&old.href(), options);
        }
    });
    let store = Store::use_store();
    let catalog = store.front_catalog();
    let listing = store.listing(|| Listing::All);
    let page = move |FrontCatalog {
                         catalog, issues, ..
                     }: FrontCatalog| {
        let articles = move |loaded: Option<LoadedListing>| {
            loaded.map(|loaded| view! { <NewestArticles loaded /> })
        };
        Some(view! {
            <DocumentTitle text=titles::HOME />
            <FrontPage catalog issues />
            <section class="bt-section" aria-labelledby="bai-viet">
                <Loaded resource=listing view=articles />
            </section>
        })
    };
    view! { <Loaded resource=catalog view=page error_title="Lỗi tải nội dung" /> }
}

/// The home page as the build writes it (`static_page`), from the build's index: the same
/// parts and markup, so the app takes over without a jump.
#[component]
pub fn StaticHomePage(loaded: LoadedListing) -> impl IntoView {
    let catalog = loaded.catalog.clone();
    let issues = catalog.issues.len();
    view! {
        <DocumentTitle text=titles::HOME />
        <FrontPage catalog issues />
        <section class="bt-section" aria-labelledby="bai-viet">
            <NewestArticles loaded />
        </section>
    }
}

/// "Bài viết mới": the newest articles, the chips, "Xem thêm".
#[component]
fn NewestArticles(loaded: LoadedListing) -> impl IntoView {
    view! {
        <h2 id="bai-viet" class="bt-section__title">"Bài viết mới"</h2>
        <ListingBody loaded top_level=false />
    }
}

/// The newest issue, the special issue the catalog features, the issues before them and
/// the way to the archive, of `issues` in all (`catalog` may hold only the newest:
/// `listing::front_catalog`).
#[component]
fn FrontPage(catalog: Rc<Catalog>, issues: usize) -> impl IntoView {
    let count = issues;
    let newest = catalog.issues_newest_first();
    let lead = newest.first().map(|&entry| entry.clone());
    let featured = catalog
        .featured_special()
        .filter(|special| lead.as_ref().is_none_or(|lead| lead.id != special.id))
        .cloned();
    let shown = |entry: &IssueEntry| {
        [&lead, &featured]
            .into_iter()
            .flatten()
            .any(|shown| shown.id == entry.id)
    };
    let previous: Vec<IssueEntry> = newest
        .into_iter()
        .filter(|entry| !shown(entry))
        .take(PREVIOUS_ISSUES)
        .cloned()
        .collect();
    let archive = view! {
        <p class="bt-more">
            <a href=Route::ARCHIVE.relative()>{format!("Xem tất cả {count} số trong Lưu trữ")}</a>
        </p>
    };
    view! {
        <h1 class="bt-visually-hidden">{catalog.publication.name.to_string()}</h1>
        {lead.map(|entry| view! { <IssueHero entry heading="so-moi-nhat" newest=true /> })}
        {featured.map(|entry| view! { <IssueHero entry heading="so-dac-biet" newest=false /> })}
        {(!previous.is_empty())
            .then(|| {
                view! {
                    <section class="bt-section" aria-labelledby="cac-so">
                        <h2 id="cac-so" class="bt-section__title">"Các số trước"</h2>
                        <div class="bt-issue-grid">
                            {previous.into_iter().map(|entry| view! { <IssueCard entry /> }).collect_view()}
                        </div>
                    </section>
                }
            })}
        {archive}
    }
}

/// An issue home puts forward: the newest (`newest`), or the special issue the catalog
/// features; cover, marker, title, date, summary, a special issue's occasions and a clear
/// way in.
#[component]
fn IssueHero(entry: IssueEntry, heading: &'static str, newest: bool) -> impl IntoView {
    let special = entry.kind == IssueKind::Special;
    let badge = match (newest, special) {
        (true, true) => "Số mới nhất · Số đặc biệt",
        (true, false) => "Số mới nhất",
        (false, _) => "Số đặc biệt",
    };
    let action = if newest {
        "Đọc số mới nhất"
    } else {
        "Đọc số đặc biệt"
    };
    view! {
        <section
            class="bt-hero"
            data-kind=if special { "special" } else { "regular" }
            aria-labelledby=heading
        >
            <Cover image=entry.cover.clone() class="bt-hero__cover" />
            <div class="bt-hero__text">
                <p class="bt-badge">{badge}</p>
                <h2 id=heading class="bt-hero__title">
                    {entry.title.to_string()}
                </h2>
                <p class="bt-meta">
                    {issue_label(&entry)} " · "
                    <time datetime=entry.date.iso()>{entry.date.long_vi()}</time>
                </p>
                <p class="bt-hero__summary">{entry.summary.to_string()}</p>
                <OccasionList occasions=entry.occasions.clone() />
                <p>
                    <a href=Route::issue(&entry.id).relative() class="bt-button">
                        {action}
                    </a>
                </p>
            </div>
        </section>
    }
}
