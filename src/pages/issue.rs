//! `/so/<issue-id>`: cover, number, date, summary and the table of contents: the lead story,
//! then the other articles by category.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::{
    ArticleListItem, Breadcrumbs, CategoryChips, Crumb, DocumentTitle, GalleryStrip, IssueMasthead,
    LeadStory, PartialNotice, Story,
};
use crate::content::{LoadedCollection, LoadedIssue, Store};
use crate::model::routes::{param, query_key, Route};
use crate::model::{Article, Category, IssueKind, Work};
use crate::pages::loaded::Loaded;
use crate::readiness;

/// An issue's page.
#[component]
pub fn IssuePage() -> impl IntoView {
    let params = use_params_map();
    let issue =
        Store::use_store().issue(move || params.read().get(param::ISSUE).unwrap_or_default());
    let query = use_query_map();
    let category = Memo::new(move |_| query.read().get(query_key::CATEGORY));
    let page = move |loaded: Option<LoadedIssue>| {
        let category = category.get();
        loaded.map(|loaded| view! { <IssueContents loaded category /> })
    };
    view! { <Loaded resource=issue view=page error_title="Lỗi tải số báo" /> }
}

/// An issue's cover, details and table of contents, `category` alone when one is chosen. A
/// special issue also shows a strip of the gallery's works: `gallery` when the caller has
/// it (the page writer), else loaded here.
#[component]
pub fn IssueContents(
    loaded: LoadedIssue,
    category: Option<String>,
    #[prop(default = None)] gallery: Option<(String, Vec<Work>)>,
) -> impl IntoView {
    let LoadedIssue {
        catalog,
        entry,
        file,
        problems,
    } = loaded;
    let special = entry.kind == IssueKind::Special;
    let all_contents = file.contents(&catalog);
    let counts: HashMap<String, usize> = all_contents
        .iter()
        .map(|(c, articles)| (c.id.to_string(), articles.len()))
        .collect();
    let chip_issue = entry.id.to_string();
    let chips = view! {
        <CategoryChips
            categories=catalog.categories.clone()
            counts
            total=file.articles.len()
            active=category.clone()
            href=Callback::new(move |c: Option<String>| Route::Issue {
                issue: chip_issue.clone(),
                category: c,
            })
        />
    };
    let unknown = category
        .as_deref()
        .filter(|c| catalog.category(c).is_none())
        .map(|c| {
            view! {
                <p class="bt-notice" role="alert">
                    {format!("Không có chuyên mục mang mã “{c}”. ")}
                    <a href=Route::issue(&entry.id).relative()>"Xem cả số"</a>
                </p>
            }
        });
    // The whole issue leads with its lead story; a category shows all of its articles.
    let (lead, groups) = match category.as_deref() {
        None => (file.lead(), file.contents_after_lead(&catalog)),
        Some(active) => (
            None,
            all_contents
                .into_iter()
                .filter(|(c, _)| c.id.as_str() == active)
                .collect(),
        ),
    };
    let lead_story = lead.cloned().map(|article| {
        let category = catalog.category(&article.category).cloned();
        let story = Story::of_article(&entry.id, &article);
        view! { <LeadStory story category /> }
    });
    let contents = groups
        .into_iter()
        .map(|(category, articles)| toc_group(&entry.id, category, &articles))
        .collect_view();
    // The special issue was launched with the visual propaganda work: its works lead there.
    let strip = (special && !catalog.gallery.is_empty()).then(|| match gallery {
        Some((title, works)) => view! { <GalleryStrip title works /> }.into_any(),
        None => view! { <GalleryStripLoader /> }.into_any(),
    });
    view! {
        <DocumentTitle text=entry.title.to_string() />
        <Breadcrumbs crumbs=vec![
            Crumb::home(),
            Crumb { label: "Lưu trữ".into(), href: Route::ARCHIVE },
        ] />
        <IssueMasthead entry=entry.clone() articles=file.articles.len()>
            <p class="bt-print-link">
                <a
                    class=if special { "bt-button bt-button--on-dark" } else { "bt-button bt-button--secondary" }
                    href=Route::print(&entry.id).relative()
                >
                    "In hoặc lưu PDF cả số"
                </a>
            </p>
        </IssueMasthead>
        {strip}
        <section class="bt-toc" aria-labelledby="muc-luc">
            <h2 id="muc-luc" class="bt-section__title">"Mục lục"</h2>
            {chips}
            {unknown}
            <PartialNotice problems what="bài viết" previewing=Store::use_store().previewing() />
            {lead_story}
            {contents}
        </section>
    }
}

/// One category's articles in the table of contents, under its heading.
fn toc_group(issue: &str, category: &Category, articles: &[&Article]) -> impl IntoView {
    let heading_id = format!("muc-{}", category.id);
    let labelled_by = heading_id.clone();
    let items = articles
        .iter()
        .map(|article| {
            view! { <ArticleListItem issue_id=issue.to_owned() article=(*article).clone() nested=true /> }
        })
        .collect_view();
    view! {
        <section class="bt-toc__group" aria-labelledby=labelled_by>
            <h3 id=heading_id class="bt-toc__category">{category.name.to_string()}</h3>
            <ul class="bt-article-list">{items}</ul>
        </section>
    }
}

/// The special issue's strip of works, from the gallery's first collection. A failed load
/// shows nothing: the issue is whole without it (the gallery's own page says what failed).
#[component]
fn GalleryStripLoader() -> impl IntoView {
    let galleries = Store::use_store().galleries();
    // The hand-over waits for it, so the written page's strip is there when the app takes
    // over.
    readiness::track_load(move || galleries.try_with(Option::is_none).unwrap_or(false));
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                galleries
                    .await
                    .ok()
                    .and_then(|list| first_collection(&list))
                    .map(|(title, works)| view! { <GalleryStrip title works /> })
            })}
        </Transition>
    }
}

/// The first collection that loaded: its title and works.
pub fn first_collection(list: &[LoadedCollection]) -> Option<(String, Vec<Work>)> {
    list.iter().find_map(|(_, load)| {
        let checked = load.as_ref().ok()?;
        Some((checked.value.title.to_string(), checked.value.works.clone()))
    })
}
