//! `/trung-bay`: the gallery of visual propaganda works, with a collection filter when there
//! are several collections. The lightbox (`/trung-bay/<work-id>`) opens over it through the
//! nested route, so the grid stays in place while works are viewed.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_query_map;

use crate::components::{
    titles, Breadcrumbs, Crumb, DocumentTitle, GalleryGrid, Lightbox, LoadErrorPanel, PartialNotice,
};
use crate::content::{LoadError, LoadedCollection, Store};
use crate::model::routes::{query_key, Route};
use crate::model::Work;
use crate::pages::loaded::Loaded;

/// What the gallery page shares with the lightbox route inside it.
#[derive(Clone, Copy)]
pub struct GalleryState {
    pub collections: LocalResource<Result<Vec<LoadedCollection>, LoadError>>,
    /// The `?bo-suu-tap=` filter.
    pub collection: Memo<Option<String>>,
    /// Whether the open lightbox was opened from the grid (so closing it can go Back instead
    /// of adding a history entry).
    pub opened_from_grid: RwSignal<bool>,
}

impl GalleryState {
    /// The works the reader sees, in grid order, under the current filter.
    pub fn visible_works(collections: &[LoadedCollection], filter: Option<&str>) -> Vec<Work> {
        collections
            .iter()
            .filter(|(entry, _)| filter.is_none_or(|f| entry.id.as_str() == f))
            .filter_map(|(_, file)| file.as_ref().ok())
            .flat_map(|file| file.value.works.iter().cloned())
            .collect()
    }
}

/// The gallery page.
#[component]
pub fn GalleryPage() -> impl IntoView {
    let query = use_query_map();
    let state = GalleryState {
        collections: Store::use_store().galleries(),
        collection: Memo::new(move |_| query.read().get(query_key::COLLECTION)),
        opened_from_grid: RwSignal::new(false),
    };
    provide_context(state);
    let retry = Callback::new(move |()| state.collections.refetch());
    let opened = state.opened_from_grid;
    // Reading the filter here re-renders the grid when a collection is chosen.
    let grid = move |list: Vec<LoadedCollection>| {
        let filter = state.collection.get();
        Some(
            view! { <Collections list filter on_open=Some(Callback::new(move |()| opened.set(true))) retry /> },
        )
    };
    // One collection names the page; its heading is not repeated over its works.
    let single = move || {
        state.collections.with(|loaded| match loaded {
            Some(Ok(list)) => single_title(list),
            _ => None,
        })
    };
    view! {
        {move || view! { <GalleryHeading single=single() /> }}
        <Loaded resource=state.collections view=grid />
        <Outlet />
    }
}

/// The gallery as the build writes it (`static_page`): what `GalleryPage` shows once every
/// collection is loaded, with no filter, and at a work's address that work open in the
/// lightbox (`GalleryWorkPage`), whose links to the works before and after it and back to
/// the gallery are pages the build wrote too.
#[component]
pub fn StaticGalleryPage(
    list: Vec<LoadedCollection>,
    /// The work whose address this is.
    #[prop(optional)]
    work: Option<String>,
) -> impl IntoView {
    let works = GalleryState::visible_works(&list, None);
    let lightbox = work.and_then(|id| {
        let index = works.iter().position(|w| w.id.as_str() == id)?;
        // Nothing to call: the page as written has no app behind it.
        let (on_move, on_close) = (Callback::new(|_: usize| ()), Callback::new(|()| ()));
        Some(view! { <Lightbox works collection=None index on_move on_close /> })
    });
    let single = single_title(&list);
    view! {
        <DocumentTitle text=titles::GALLERY />
        <GalleryHeading single />
        <Collections list filter=None />
        {lightbox}
    }
}

/// The title of the only collection, where there is one: its file's, or the catalog's
/// where the file did not load.
fn single_title(list: &[LoadedCollection]) -> Option<String> {
    match list {
        [(entry, file)] => Some(match file {
            Ok(checked) => checked.value.title.to_string(),
            Err(_) => entry.title.to_string(),
        }),
        _ => None,
    }
}

/// The page's heading: the only collection's title under what its works are, or what the
/// works are under the gallery's name.
#[component]
fn GalleryHeading(single: Option<String>) -> impl IntoView {
    let (kicker, title) = match single {
        Some(title) => (WORKS, title),
        None => ("Trưng bày", WORKS.to_owned()),
    };
    view! {
        <Breadcrumbs crumbs=vec![
            Crumb::home(),
        ] />
        <p class="bt-kicker">{kicker}</p>
        <h1 class="bt-page-title">{title}</h1>
    }
}

/// What the gallery's works are.
const WORKS: &str = "Công trình tuyên truyền trực quan";

/// The gallery with no work open: sets the page title.
#[component]
pub fn GalleryIndex() -> impl IntoView {
    view! { <DocumentTitle text=titles::GALLERY /> }
}

/// The collection chips (when there are several) and each collection's works.
#[component]
fn Collections(
    list: Vec<LoadedCollection>,
    /// The `?bo-suu-tap=` filter.
    filter: Option<String>,
    /// Called when a work is opened from the grid (`GalleryState::opened_from_grid`).
    #[prop(default = None)]
    on_open: Option<Callback<()>>,
    /// Loads the collections again (a page written by the build has none: it reloads).
    #[prop(optional)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    let retry = retry.unwrap_or_else(|| Callback::new(|()| reload()));
    // The only collection's title is the page's (`GalleryHeading`).
    let titled = list.len() > 1;
    let chips = (list.len() > 1).then(|| {
        let chip = |label: String, id: Option<&str>| {
            let current = filter.as_deref() == id;
            view! {
                <li>
                    <a
                        class="bt-chip"
                        href=Route::gallery(id).relative()
                        aria-current=current.then_some("true")
                    >
                        {label}
                    </a>
                </li>
            }
        };
        let mut items = vec![chip("Tất cả".to_owned(), None)];
        for (entry, _) in &list {
            items.push(chip(entry.title.to_string(), Some(&entry.id)));
        }
        view! {
            <nav class="bt-chips" aria-label="Bộ sưu tập">
                <ul>{items}</ul>
            </nav>
        }
    });
    let unknown = filter
        .as_deref()
        .filter(|f| !list.iter().any(|(entry, _)| entry.id.as_str() == *f))
        .map(|f| {
            view! {
                <p class="bt-notice" role="status">
                    {format!("Không có bộ sưu tập mang mã “{f}”. ")}
                    <a href=Route::gallery(None).relative()>"Xem tất cả tác phẩm"</a>
                </p>
            }
        });
    let sections = list
        .into_iter()
        .filter(|(entry, _)| filter.as_deref().is_none_or(|f| entry.id.as_str() == f))
        .map(|(entry, file)| match file {
            Ok(checked) => view! {
                <section class="bt-section">
                    {titled.then(|| view! {
                        <h2 class="bt-section__title">{checked.value.title.to_string()}</h2>
                    })}
                    <p class="bt-lead">{checked.value.description.to_string()}</p>
                    <PartialNotice
                        problems=checked.problems.clone()
                        what="tác phẩm"
                        previewing=Store::use_store().previewing()
                    />
                    <GalleryGrid
                        works=checked.value.works.clone()
                        collection=filter.clone()
                        on_open=on_open
                    />
                </section>
            }
            .into_any(),
            Err(error) => view! {
                <section class="bt-section">
                    {titled.then(|| view! {
                        <h2 class="bt-section__title">{entry.title.to_string()}</h2>
                    })}
                    <LoadErrorPanel error on_retry=retry />
                </section>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        {chips}
        {unknown}
        {sections}
    }
}

/// Loads the page again (the retry of a page the build wrote, which has no app behind it).
fn reload() {
    if let Some(window) = crate::dom::window() {
        let _ = window.location().reload();
    }
}
