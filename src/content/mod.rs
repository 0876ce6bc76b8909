//! The loading layer: the only code that reads content. It fetches content files (the
//! editor's preview copies first), hands their text to the one assembly in [`assemble`],
//! shares and caches the loads, and reports failures as [`LoadError`]. Pages ask the
//! [`Store`] for content; components only receive data.

pub mod assemble;
mod error;
mod fetch;
pub mod listing;
#[cfg(feature = "preview")]
pub mod preview;
#[cfg(not(feature = "preview"))]
pub mod preview {
    //! The reader's bundle has no editor preview (`--features preview` builds the preview's
    //! own bundle, which has `content/preview/`): the site's own files, always.

    /// Resolves at once: no opened pictures to wait for.
    pub async fn ready() {}

    /// Never bumped: nothing but the site's files.
    pub fn generation() -> leptos::prelude::ArcRwSignal<u64> {
        leptos::prelude::ArcRwSignal::new(0)
    }

    /// No editor's files in the reader's bundle.
    pub fn is_active() -> bool {
        false
    }

    /// No opened copy: the site's file is read.
    pub fn json(_path: &str) -> Option<String> {
        None
    }

    /// The site path.
    pub fn image_url(path: &str) -> String {
        path.to_owned()
    }
}
pub mod search;
mod store;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;

use futures::future::{FutureExt, LocalBoxFuture, Shared};

use crate::model::{Catalog, Checked, GalleryEntry, GalleryFile, IssueEntry, IssueFile};
use assemble::{FileLoad, Source};

pub use assemble::{LoadedCollection, LoadedIssue, LoadedIssues};
pub use error::LoadError;
pub use store::Store;

pub use crate::model::check::CATALOG_FILE;

/// A load in flight or finished, shared by everyone who asks for the same file: the app's
/// header and the page both want the catalog at start-up, and it is fetched once.
type Load<T> = Shared<LocalBoxFuture<'static, Result<Rc<T>, LoadError>>>;
type Loads<T> = RefCell<HashMap<String, Load<T>>>;

thread_local! {
    static CATALOGS: Loads<Catalog> = RefCell::new(HashMap::new());
    static ISSUES: Loads<Checked<Rc<IssueFile>>> = RefCell::new(HashMap::new());
    static GALLERIES: Loads<Checked<Rc<GalleryFile>>> = RefCell::new(HashMap::new());
    static EVERY_ISSUE: RefCell<Option<Rc<LoadedIssues>>> = const { RefCell::new(None) };
    /// The site's own file texts read by the preview's checks (see `file_text`).
    #[cfg(feature = "preview")]
    static SITE_TEXTS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Loads one content file through `cache`: joins the load already under way or finished,
/// or starts one. A failed load is dropped from the cache, so "Thử lại" fetches again.
async fn shared_load<T: 'static>(
    cache: &'static LocalKey<Loads<T>>,
    path: &str,
    parse: impl FnOnce(Result<String, LoadError>) -> Result<Rc<T>, LoadError> + 'static,
) -> Result<Rc<T>, LoadError> {
    let load = cache.with_borrow_mut(|loads| {
        loads
            .entry(path.to_owned())
            .or_insert_with(|| {
                let path = path.to_owned();
                async move { parse(source_text(&path).await) }
                    .boxed_local()
                    .shared()
            })
            .clone()
    });
    settle(load, || {
        cache.with_borrow_mut(|loads| loads.remove(path));
    })
    .await
}

/// Awaits `load`, shared by everyone who asked meanwhile. A failed load is forgotten
/// (`forget`), so the next request (a "Thử lại") tries again.
async fn settle<T: Clone>(
    load: Shared<LocalBoxFuture<'static, Result<T, LoadError>>>,
    forget: impl FnOnce(),
) -> Result<T, LoadError> {
    let result = load.await;
    if result.is_err() {
        forget();
    }
    result
}

/// Forgets every load, so the next request reads the files again (the preview changed).
#[cfg(feature = "preview")]
fn forget_loads() {
    CATALOGS.with_borrow_mut(HashMap::clear);
    ISSUES.with_borrow_mut(HashMap::clear);
    GALLERIES.with_borrow_mut(HashMap::clear);
    EVERY_ISSUE.with_borrow_mut(|slot| *slot = None);
    listing::forget();
    search::forget();
}

/// A file's text as the app loads it: the editor's opened copy in preview, or the site's.
async fn source_text(path: &str) -> Result<String, LoadError> {
    // After a reload in preview, the opened pictures come back before any content shows.
    preview::ready().await;
    match preview::json(path) {
        Some(text) => Ok(text),
        None => fetch::text(path).await,
    }
}

/// [`source_text`] for the preview's checks, which read every file again whenever the editor
/// opens one: the site's own files are fetched once per visit. Readers never call this, so
/// they keep no texts in memory.
#[cfg(feature = "preview")]
pub async fn file_text(path: &str) -> Result<String, LoadError> {
    preview::ready().await;
    if let Some(text) = preview::json(path) {
        return Ok(text);
    }
    if let Some(text) = SITE_TEXTS.with_borrow(|t| t.get(path).cloned()) {
        return Ok(text);
    }
    let text = fetch::text(path).await?;
    SITE_TEXTS.with_borrow_mut(|t| t.insert(path.to_owned(), text.clone()));
    Ok(text)
}

/// Where a picture loads from: the preview's copy, or the site path.
pub fn image_url(path: &str) -> String {
    preview::image_url(path)
}

/// The `srcset` of a picture with other sizes, each from where it loads.
pub fn srcset(image: &crate::model::Image) -> Option<String> {
    image.srcset_with(preview::image_url)
}

/// The browser's way of reading content: fetched (the editor's opened copies first), each
/// file parsed once per visit and shared by every page that asks.
struct Fetched;

impl Source for Fetched {
    async fn catalog(&self) -> Result<Rc<Catalog>, LoadError> {
        shared_load(&CATALOGS, CATALOG_FILE, assemble::parse_catalog_file).await
    }

    async fn issue_file(&self, catalog: &Rc<Catalog>, entry: &IssueEntry) -> FileLoad<IssueFile> {
        let (catalog, entry) = (catalog.clone(), entry.clone());
        let path = entry.file.to_string();
        shared_load(&ISSUES, &path, move |text| {
            assemble::parse_issue_file(&catalog, &entry, text)
        })
        .await
    }

    async fn gallery_file(&self, entry: &GalleryEntry) -> FileLoad<GalleryFile> {
        let entry = entry.clone();
        let path = entry.file.to_string();
        shared_load(&GALLERIES, &path, move |text| {
            assemble::parse_gallery_file(&entry, text)
        })
        .await
    }
}

/// The catalog, fetched once per visit.
pub(crate) async fn catalog() -> Result<Rc<Catalog>, LoadError> {
    Fetched.catalog().await
}

async fn issue(id: String) -> Result<Option<LoadedIssue>, LoadError> {
    assemble::issue(&Fetched, &id).await
}

/// Every collection, listed by the catalog's head where the build wrote one (the gallery
/// and the search's works need no issue, so not the catalog that grows with them).
async fn galleries() -> Result<Vec<LoadedCollection>, LoadError> {
    let catalog = listing::front_catalog().await?.catalog;
    Ok(assemble::galleries_of(&Fetched, &catalog).await)
}

/// Every issue, loaded once per visit: only the index built in the browser needs them (the
/// editor's preview, or a site without a readable index). A load with failed files is not
/// kept, so the next one tries them again.
async fn every_issue(on_progress: impl Fn(usize, usize)) -> Result<Rc<LoadedIssues>, LoadError> {
    if let Some(cached) = EVERY_ISSUE.with_borrow(Clone::clone) {
        return Ok(cached);
    }
    let loaded = Rc::new(assemble::every_issue(&Fetched, on_progress).await?);
    if loaded.failures.is_empty() {
        EVERY_ISSUE.with_borrow_mut(|slot| *slot = Some(loaded.clone()));
    }
    Ok(loaded)
}
