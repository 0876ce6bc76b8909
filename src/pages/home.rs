//! `/`: a front page. The newest issue's lead story with headlines beside it and the issue
//! small; then the special issue the catalog features (`featured`), the issues before them
//! with a way to the archive, and the newest articles from the build's index with category
//! chips and "Xem thêm".
//! The old addresses of search and of a category (`/?q=`, `/?chuyen-muc=`) lead to theirs.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::{current_site_path, use_route};
use crate::components::issue_card::issue_label;
use crate::components::{
    titles, Cover, DocumentTitle, IssueCard, LeadStory, OccasionList, Picture, Story,
};
use crate::content::listing::{FrontCatalog, LoadedListing};
use crate::content::Store;
use crate::index::{Listing, Row};
use crate::model::routes::Route;
use crate::model::{Catalog, IssueEntry, IssueKind};
use crate::pages::listing::ListingBody;
use crate::pages::loaded::Loaded;

/// Issues the front page lists below the newest and the featured special issue; the archive
/// has every one. The catalog's head the build writes keeps enough
/// (`index::HEAD_ISSUES`).
pub const PREVIOUS_ISSUES: usize = 4;
const _: () = assert!(PREVIOUS_ISSUES < crate::index::HEAD_ISSUES);

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
    let page = move |FrontCatalog { issues, .. }: FrontCatalog| {
        // The listing holds the same catalog.
        let front = move |loaded: Option<LoadedListing>| {
            loaded.map(|loaded| {
                let catalog = loaded.catalog.clone();
                view! { <FrontPage catalog issues loaded /> }
            })
        };
        Some(view! {
            <DocumentTitle text=titles::HOME />
            <Loaded resource=listing view=front />
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
        <FrontPage catalog issues loaded />
    }
}

/// Headlines beside the lead story: the newest issue's other articles, then the newest of
/// the issues before it.
pub const HEADLINES: usize = 6;

/// The front page: the newest issue's lead story with headlines beside it and the issue's
/// cover small; the special issue the catalog features; the issues before them and the way
/// to the archive; "Bài viết mới" with the chips. `catalog` may hold only the newest issues
/// (`listing::front_catalog`) of `issues` in all.
#[component]
fn FrontPage(catalog: Rc<Catalog>, issues: usize, loaded: LoadedListing) -> impl IntoView {
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
    let top = lead.map(|entry| {
        let rows = newest_issue_rows(&entry, &loaded);
        match rows.split_first() {
            Some((lead_row, others)) => {
                let headlines = headlines(&entry, others, &loaded.first.rows);
                view! { <FrontTop catalog=catalog.clone() entry lead=lead_row.clone() headlines /> }
                    .into_any()
            }
            // The newest issue's articles could not be read: the issue itself.
            None => view! { <IssueHero entry heading="so-moi-nhat" newest=true /> }.into_any(),
        }
    });
    view! {
        <h1 class="bt-visually-hidden">{catalog.publication.name.to_string()}</h1>
        {top}
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
        <section class="bt-section" aria-labelledby="bai-viet">
            <h2 id="bai-viet" class="bt-section__title">"Bài viết mới"</h2>
            <ListingBody loaded top_level=false />
        </section>
    }
}

/// The newest issue's articles in its order, the lead first, from the build's index (empty
/// when the index lacks the issue: its file failed to load).
fn newest_issue_rows(entry: &IssueEntry, loaded: &LoadedListing) -> Vec<Row> {
    let from_index = &loaded.front.newest_issue;
    if from_index.first().is_some_and(|row| row.issue == *entry.id) {
        return from_index.clone();
    }
    Vec::new()
}

/// Up to [`HEADLINES`]: `others` (the issue's articles after its lead), then the newest
/// articles of other issues.
fn headlines(entry: &IssueEntry, others: &[Row], newest: &[Row]) -> Vec<Row> {
    others
        .iter()
        .chain(newest.iter().filter(|row| row.issue != *entry.id))
        .take(HEADLINES)
        .cloned()
        .collect()
}

/// The top of the front page: the lead story, the headlines beside it, and the newest
/// issue small, its cover and title leading to its table of contents.
#[component]
fn FrontTop(
    catalog: Rc<Catalog>,
    entry: IssueEntry,
    lead: Row,
    headlines: Vec<Row>,
) -> impl IntoView {
    let category = |id: &str| catalog.category(id).cloned();
    let lead_category = category(&lead.category);
    let href = Route::issue(&entry.id).relative();
    let special = entry.kind == IssueKind::Special;
    let badge = issue_badge(&entry, true);
    let items = headlines
        .into_iter()
        .map(|row| {
            // The category in the kicker's style, not a link: a link's touch target there
            // would cover the headline's.
            let kicker = category(&row.category).map(|c| c.name.to_string());
            let image = row.image.clone();
            let thumb = image.is_some().then_some("");
            view! {
                <li class="bt-headline" data-thumb=thumb>
                    {image.map(|image| view! { <Picture image block="bt-headline" sizes="6rem" decorative=true /> })}
                    {kicker.map(|name| view! { <p class="bt-kicker">{name}</p> })}
                    <h3 class="bt-headline__title">
                        <a href=Route::article(&row.issue, &row.article).relative()>{row.title}</a>
                    </h3>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="bt-front" aria-labelledby="tin-moi">
            <h2 id="tin-moi" class="bt-visually-hidden">"Tin mới"</h2>
            <div class="bt-front__lead">
                <LeadStory story=Story::of_row(&lead) category=lead_category />
            </div>
            <ul class="bt-front__headlines">{items}</ul>
            <aside class="bt-front__issue" aria-labelledby="so-moi-nhat" data-kind=if special { "special" } else { "regular" }>
                <a href=href.clone() class="bt-front__cover" tabindex="-1" aria-hidden="true">
                    <Cover image=entry.cover.clone() class="bt-front__cover-image" in_list=true />
                </a>
                <div class="bt-front__issue-text">
                    <p class="bt-badge">{badge}</p>
                    <h2 id="so-moi-nhat" class="bt-front__issue-title">
                        <a href=href.clone()>{entry.title.to_string()}</a>
                    </h2>
                    <IssueMeta entry=entry.clone() />
                    <p class="bt-front__issue-action">
                        <a href=href>"Đọc cả số →"</a>
                    </p>
                </div>
            </aside>
        </section>
    }
}

/// The marker of an issue home puts forward: the newest (`newest`), a special issue, or
/// both.
fn issue_badge(entry: &IssueEntry, newest: bool) -> &'static str {
    match (newest, entry.kind == IssueKind::Special) {
        (true, true) => "Số mới nhất · Số đặc biệt",
        (true, false) => "Số mới nhất",
        (false, _) => "Số đặc biệt",
    }
}

/// "Số 1 · Thứ Tư, 15/01/2025": the issue's number and its date in words.
#[component]
fn IssueMeta(entry: IssueEntry) -> impl IntoView {
    view! {
        <p class="bt-meta">
            {issue_label(&entry)} " · "
            <time datetime=entry.date.iso()>{entry.date.long_vi()}</time>
        </p>
    }
}

/// An issue home puts forward: the newest (`newest`, when its articles could not be read),
/// or the special issue the catalog features; cover, marker, title, date, summary, a special
/// issue's occasions and a clear way in.
#[component]
fn IssueHero(entry: IssueEntry, heading: &'static str, newest: bool) -> impl IntoView {
    let special = entry.kind == IssueKind::Special;
    let badge = issue_badge(&entry, newest);
    let action = if newest {
        "Đọc số mới nhất"
    } else {
        "Đọc số đặc biệt"
    };
    let href = Route::issue(&entry.id).relative();
    view! {
        <section
            class="bt-hero"
            data-kind=if special { "special" } else { "regular" }
            aria-labelledby=heading
        >
            <a href=href.clone() class="bt-hero__cover-link" tabindex="-1" aria-hidden="true">
                <Cover image=entry.cover.clone() class="bt-hero__cover" />
            </a>
            <div class="bt-hero__text">
                <p class="bt-badge">{badge}</p>
                <h2 id=heading class="bt-hero__title">
                    <a href=href.clone()>{entry.title.to_string()}</a>
                </h2>
                <IssueMeta entry=entry.clone() />
                <p class="bt-hero__summary">{entry.summary.to_string()}</p>
                <OccasionList occasions=entry.occasions.clone() />
                <p>
                    <a href=href class="bt-button">
                        {action}
                    </a>
                </p>
            </div>
        </section>
    }
}
