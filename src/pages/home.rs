//! `/`: the special issue featured at the top, the latest issues, and a feed of articles
//! across every issue with category chips. With `?q=` (search) or `?chuyen-muc=` (category)
//! the page shows only the feed.

use std::rc::Rc;

use leptos::prelude::*;

use crate::app::use_route;
use crate::components::{titles, Cover, DocumentTitle, IssueCard, OccasionList};
use crate::content::{LoadedCorpus, Store};
use crate::model::routes::Route;
use crate::model::{Catalog, IssueEntry};
use crate::pages::feed::{ArticleFeed, FeedBody, FeedFilter, FeedLoad};
use crate::pages::loaded::Loaded;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let catalog = Store::use_store().catalog();
    let feed = FeedLoad::start();
    let route = use_route();
    let text = Memo::new(move |_| match route.get() {
        Some(Route::Home { search, .. }) => search,
        _ => None,
    });
    let category = Memo::new(move |_| match route.get() {
        Some(Route::Home { category, .. }) => category,
        _ => None,
    });
    let filter = FeedFilter {
        text: text.into(),
        category: category.into(),
    };
    // Nothing reactive is read in the view below: a filter change must not rebuild the feed
    // (and its loaded corpus).
    let page = move |catalog: Rc<Catalog>| {
        let heading = filter.heading(catalog.clone());
        let filtered = filter.is_filtered();
        let title = Signal::derive(move || {
            if filtered.get() {
                heading.get()
            } else {
                titles::HOME.to_owned()
            }
        });
        // The front page is built once and hidden while the feed is filtered: with years of
        // issues it is hundreds of elements, and rebuilding it on every switch back to "Tất
        // cả" cost more than the switch itself.
        Some(view! {
            <DocumentTitle text=title />
            <div hidden=move || filtered.get()>
                <FrontPage catalog />
            </div>
            <ArticleFeed load=feed filter heading />
        })
    };
    view! { <Loaded resource=catalog view=page error_title="Lỗi tải nội dung" /> }
}

/// The home page as the build writes it (`static_page`): what `HomePage` shows once every
/// issue is loaded, with no search and no category. Same parts, same markup, so the app
/// takes over without a jump.
#[component]
pub fn StaticHomePage(loaded: Rc<LoadedCorpus>) -> impl IntoView {
    let filter = FeedFilter::none();
    let heading = filter.heading(loaded.catalog.clone());
    let catalog = loaded.catalog.clone();
    view! {
        <DocumentTitle text=titles::HOME />
        <div>
            <FrontPage catalog />
        </div>
        <section class="bt-section" aria-labelledby="bai-viet">
            <FeedBody loaded filter heading />
        </section>
    }
}

/// The special issue and the latest issues.
#[component]
fn FrontPage(catalog: Rc<Catalog>) -> impl IntoView {
    let issues: Vec<IssueEntry> = catalog.issues_newest_first().into_iter().cloned().collect();
    view! {
        <h1 class="bt-visually-hidden">{catalog.publication.name.to_string()}</h1>
        {catalog.featured_special().cloned().map(|entry| view! { <SpecialHero entry /> })}
        <section class="bt-section" aria-labelledby="cac-so">
            <h2 id="cac-so" class="bt-section__title">"Các số mới nhất"</h2>
            <div class="bt-issue-grid">
                {issues.into_iter().map(|entry| view! { <IssueCard entry /> }).collect_view()}
            </div>
        </section>
    }
}

/// The featured special issue: cover, marker, title, occasions and a clear way in.
#[component]
fn SpecialHero(entry: IssueEntry) -> impl IntoView {
    view! {
        <section class="bt-hero" aria-labelledby="so-dac-biet">
            <Cover image=entry.cover.clone() class="bt-hero__cover" />
            <div class="bt-hero__text">
                <p class="bt-badge">"Số đặc biệt"</p>
                <h2 id="so-dac-biet" class="bt-hero__title">{entry.title.to_string()}</h2>
                <p class="bt-meta">
                    <time datetime=entry.date.iso()>{entry.date.long_vi()}</time>
                </p>
                <p class="bt-hero__summary">{entry.summary.to_string()}</p>
                <OccasionList occasions=entry.occasions.clone() />
                <p>
                    <a href=Route::issue(&entry.id).relative() class="bt-button">
                        "Đọc số đặc biệt"
                    </a>
                </p>
            </div>
        </section>
    }
}
