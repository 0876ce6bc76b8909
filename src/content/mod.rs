//! The loading layer: the only code that does I/O. It fetches content files, hands their text
//! to the pure parser in `model`, caches what parsed, and reports failures as [`LoadError`].
//!
//! Pages ask this module; components only receive data. A later editor preview can replace
//! the fetch with local files behind the same functions.

mod error;
mod fetch;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::model::feed::Corpus;
use crate::model::{
    parse_catalog, parse_gallery, parse_issue, Catalog, GalleryEntry, GalleryFile, IssueEntry,
    IssueFile,
};

pub use error::LoadError;

/// Where the catalog lives, relative to the site root.
pub const CATALOG_FILE: &str = "data/catalog.json";

thread_local! {
    // Only successes are cached: a failed file is fetched again on "Thử lại".
    static CATALOG: RefCell<Option<Rc<Catalog>>> = const { RefCell::new(None) };
    static ISSUES: RefCell<HashMap<String, Rc<IssueFile>>> = RefCell::new(HashMap::new());
    static GALLERIES: RefCell<HashMap<String, Rc<GalleryFile>>> = RefCell::new(HashMap::new());
    static CORPUS: RefCell<Option<Rc<LoadedCorpus>>> = const { RefCell::new(None) };
}

/// The catalog, fetched once per visit.
pub async fn catalog() -> Result<Rc<Catalog>, LoadError> {
    if let Some(cached) = CATALOG.with_borrow(Clone::clone) {
        return Ok(cached);
    }
    let text = fetch::text(CATALOG_FILE).await?;
    let catalog =
        Rc::new(
            parse_catalog(CATALOG_FILE, &text).map_err(|problems| LoadError::Content {
                file: CATALOG_FILE.to_owned(),
                problems,
            })?,
        );
    CATALOG.with_borrow_mut(|slot| *slot = Some(catalog.clone()));
    Ok(catalog)
}

/// An issue with the catalog entry that lists it.
#[derive(Clone)]
pub struct LoadedIssue {
    pub catalog: Rc<Catalog>,
    pub entry: IssueEntry,
    pub file: Rc<IssueFile>,
}

/// One issue by id: `Ok(None)` when the catalog has no such issue (a "not found" page, not
/// an error).
pub async fn issue(id: &str) -> Result<Option<LoadedIssue>, LoadError> {
    let catalog = catalog().await?;
    let Some(entry) = catalog.issue(id).cloned() else {
        return Ok(None);
    };
    let file = issue_file(&catalog, &entry).await?;
    Ok(Some(LoadedIssue {
        catalog,
        entry,
        file,
    }))
}

async fn issue_file(catalog: &Catalog, entry: &IssueEntry) -> Result<Rc<IssueFile>, LoadError> {
    cached_file(&ISSUES, entry.file.as_str(), |path, text| {
        parse_issue(path, text, catalog, entry)
    })
    .await
}

/// Fetches and parses one content file, or returns it from `cache` if it parsed before.
async fn cached_file<T>(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<String, Rc<T>>>>,
    path: &str,
    parse: impl FnOnce(&str, &str) -> Result<T, crate::model::Problems>,
) -> Result<Rc<T>, LoadError> {
    if let Some(cached) = cache.with_borrow(|m| m.get(path).cloned()) {
        return Ok(cached);
    }
    let text = fetch::text(path).await?;
    let value = Rc::new(parse(path, &text).map_err(|problems| LoadError::Content {
        file: path.to_owned(),
        problems,
    })?);
    cache.with_borrow_mut(|m| m.insert(path.to_owned(), value.clone()));
    Ok(value)
}

/// One gallery collection as loaded: its catalog entry and its works, or why they failed.
pub type LoadedCollection = (GalleryEntry, Result<Rc<GalleryFile>, LoadError>);

/// Every gallery collection in catalog order, each loaded on its own so one broken file
/// leaves the others visible.
pub async fn galleries() -> Result<Vec<LoadedCollection>, LoadError> {
    let catalog = catalog().await?;
    let loads = catalog.gallery.iter().map(|entry| gallery_file(entry));
    let files = futures::future::join_all(loads).await;
    Ok(catalog.gallery.iter().cloned().zip(files).collect())
}

async fn gallery_file(entry: &GalleryEntry) -> Result<Rc<GalleryFile>, LoadError> {
    cached_file(&GALLERIES, entry.file.as_str(), |path, text| {
        parse_gallery(path, text, &entry.id)
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
            Ok(file) => issues.push((entry, file)),
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
