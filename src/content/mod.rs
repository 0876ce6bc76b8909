//! The loading layer: the only code that does I/O. It fetches content files, hands their text
//! to the pure parser in `model`, shares and caches the loads, and reports failures as
//! [`LoadError`].
//!
//! Pages ask this module; components only receive data. A later editor preview can replace
//! the fetch with local files behind the same functions.

mod error;
mod fetch;
pub mod preview;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;

use futures::future::{FutureExt, LocalBoxFuture, Shared};

use crate::model::feed::Corpus;
use crate::model::{
    parse_catalog, parse_gallery, parse_issue, Catalog, Checked, GalleryEntry, GalleryFile,
    IssueEntry, IssueFile, Problems,
};

pub use error::LoadError;

pub use crate::model::check::CATALOG_FILE;

/// A load in flight or finished, shared by everyone who asks for the same file: the app's
/// header and the page both want the catalog at start-up, and it is fetched once.
type Load<T> = Shared<LocalBoxFuture<'static, Result<Rc<T>, LoadError>>>;
type Loads<T> = RefCell<HashMap<String, Load<T>>>;

thread_local! {
    static CATALOGS: Loads<Catalog> = RefCell::new(HashMap::new());
    static ISSUES: Loads<Checked<Rc<IssueFile>>> = RefCell::new(HashMap::new());
    static GALLERIES: Loads<Checked<Rc<GalleryFile>>> = RefCell::new(HashMap::new());
    static CORPUS: RefCell<Option<Rc<LoadedCorpus>>> = const { RefCell::new(None) };
    /// The site's own file texts read by the preview's checks (see `file_text`).
    static SITE_TEXTS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Loads one content file through `cache`: joins the load already under way or finished,
/// or starts one. A failed load is dropped from the cache, so "Thử lại" fetches again.
async fn shared_load<T: 'static>(
    cache: &'static LocalKey<Loads<T>>,
    path: &str,
    parse: impl FnOnce(&str, &str) -> Result<T, Problems> + 'static,
) -> Result<Rc<T>, LoadError> {
    let load = cache.with_borrow_mut(|loads| {
        loads
            .entry(path.to_owned())
            .or_insert_with(|| {
                let path = path.to_owned();
                async move {
                    let text = source_text(&path).await?;
                    parse(&path, &text)
                        .map(Rc::new)
                        .map_err(|problems| LoadError::Content {
                            file: path.clone(),
                            problems,
                        })
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    let result = load.await;
    if result.is_err() {
        cache.with_borrow_mut(|loads| loads.remove(path));
    }
    result
}

/// Forgets every load, so the next request reads the files again (the preview changed).
fn forget_loads() {
    CATALOGS.with_borrow_mut(HashMap::clear);
    ISSUES.with_borrow_mut(HashMap::clear);
    GALLERIES.with_borrow_mut(HashMap::clear);
    CORPUS.with_borrow_mut(|slot| *slot = None);
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
    image.srcset_with(|src| preview::image_url(src))
}

/// The catalog, fetched once per visit.
pub async fn catalog() -> Result<Rc<Catalog>, LoadError> {
    shared_load(&CATALOGS, CATALOG_FILE, parse_catalog).await
}

/// An issue with the catalog entry that lists it.
#[derive(Clone)]
pub struct LoadedIssue {
    pub catalog: Rc<Catalog>,
    pub entry: IssueEntry,
    /// The articles that passed every check.
    pub file: Rc<IssueFile>,
    /// The problems of the articles left out (usually none).
    pub problems: Problems,
}

/// One issue by id: `Ok(None)` when the catalog has no such issue (a "not found" page, not
/// an error).
pub async fn issue(id: &str) -> Result<Option<LoadedIssue>, LoadError> {
    let catalog = catalog().await?;
    let Some(entry) = catalog.issue(id).cloned() else {
        return Ok(None);
    };
    let checked = issue_file(&catalog, &entry).await?;
    Ok(Some(LoadedIssue {
        catalog,
        entry,
        file: checked.value.clone(),
        problems: checked.problems.clone(),
    }))
}

/// Keeps the valid part of a file behind an `Rc`, for sharing between pages.
pub(crate) fn shareable<T>(checked: Checked<T>) -> Checked<Rc<T>> {
    Checked {
        value: Rc::new(checked.value),
        kept: checked.kept,
        problems: checked.problems,
    }
}

async fn issue_file(
    catalog: &Rc<Catalog>,
    entry: &IssueEntry,
) -> Result<Rc<Checked<Rc<IssueFile>>>, LoadError> {
    let path = entry.file.to_string();
    let (catalog, entry) = (catalog.clone(), entry.clone());
    shared_load(&ISSUES, &path, move |path, text| {
        parse_issue(path, text, &catalog, &entry).map(shareable)
    })
    .await
}

/// One gallery collection as loaded: its catalog entry and its valid works with the problems
/// of the others, or why the file failed.
pub type LoadedCollection = (
    GalleryEntry,
    Result<Rc<Checked<Rc<GalleryFile>>>, LoadError>,
);

/// Every gallery collection in catalog order, each loaded on its own so one broken file
/// leaves the others visible.
pub async fn galleries() -> Result<Vec<LoadedCollection>, LoadError> {
    let catalog = catalog().await?;
    let loads = catalog.gallery.iter().map(|entry| gallery_file(entry));
    let files = futures::future::join_all(loads).await;
    Ok(catalog.gallery.iter().cloned().zip(files).collect())
}

async fn gallery_file(entry: &GalleryEntry) -> Result<Rc<Checked<Rc<GalleryFile>>>, LoadError> {
    let id = entry.id.clone();
    shared_load(&GALLERIES, entry.file.as_str(), move |path, text| {
        parse_gallery(path, text, &id).map(shareable)
    })
    .await
}

/// Every article of every issue that loaded, prepared for the feed and search, and the
/// issues that failed (named to the reader, the rest still searchable).
pub struct LoadedCorpus {
    pub catalog: Rc<Catalog>,
    pub corpus: Corpus,
    pub failures: Vec<(IssueEntry, LoadError)>,
}

/// The corpus, built once per visit. Design: the reader loads every issue file once (in
/// parallel, cached) and folds the text in memory, rather than fetching a separate search
/// index; ARCHITECTURE.md weighs the two. A corpus with failed files is not cached, so the
/// next visit to the feed tries them again.
///
/// `on_progress(done, total)` is called as each issue file arrives, for a progress line.
pub async fn corpus(on_progress: impl Fn(usize, usize)) -> Result<Rc<LoadedCorpus>, LoadError> {
    if let Some(cached) = CORPUS.with_borrow(Clone::clone) {
        return Ok(cached);
    }
    let catalog = catalog().await?;
    let entries: Vec<IssueEntry> = catalog.issues_newest_first().into_iter().cloned().collect();
    let total = entries.len();
    let done = std::cell::Cell::new(0);
    on_progress(0, total);
    let loads = entries.iter().map(|entry| async {
        let file = issue_file(&catalog, entry).await;
        done.set(done.get() + 1);
        on_progress(done.get(), total);
        file
    });
    let files = futures::future::join_all(loads).await;
    let mut issues = Vec::new();
    let mut failures = Vec::new();
    for (entry, file) in entries.into_iter().zip(files) {
        match file {
            Ok(checked) => issues.push((entry, checked.value.clone())),
            Err(error) => failures.push((entry, error)),
        }
    }
    let loaded = Rc::new(LoadedCorpus {
        catalog,
        corpus: Corpus::new(issues),
        failures,
    });
    if loaded.failures.is_empty() {
        CORPUS.with_borrow_mut(|slot| *slot = Some(loaded.clone()));
    }
    Ok(loaded)
}
